// Loaded first (a classic script at the top of <head>) by every benchmark page. It stamps the start,
// records long tasks from then on, and gives the page helpers to report what it measured in
// `window.__bench`, which bench/render.mjs reads. Nothing here depends on the library under test.
(function () {
  'use strict';
  var t0 = performance.now();
  var B = (window.__bench = {
    t0: t0,
    n: Number(new URLSearchParams(location.search).get('n') || 100),
    longtasks: [],
    result: { firstRender: undefined, complete: undefined, longTaskSum: undefined, longTaskMax: undefined, longTaskCount: undefined, tbt: undefined, heapMiB: undefined, elements: undefined, updates: {}, info: {} },
    done: false,
    error: undefined,
  });
  B.dataUrl = '/data/atlas-' + B.n + '.json';

  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        B.longtasks.push([e.startTime, e.duration]);
      });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    B.result.info.longtaskObserver = String(e);
  }

  window.addEventListener('error', function (e) {
    B.error = B.error || String((e.error && e.error.stack) || e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    B.error = B.error || 'unhandled rejection: ' + String((e.reason && e.reason.stack) || e.reason);
  });

  var now = function () {
    return performance.now();
  };

  /** Resolves after the next frame has been rendered (a task queued from that frame's rAF callback). */
  B.afterPaint = function () {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        setTimeout(resolve, 0);
      });
    });
  };

  /**
   * Polls `check` once per frame (in requestAnimationFrame, so the cost is one cheap query a frame);
   * resolves after the frame in which it first holds has been rendered.
   */
  B.until = function (check, timeoutMs) {
    var limit = now() + (timeoutMs || 120000);
    return new Promise(function (resolve, reject) {
      var ok = function () {
        try {
          return Boolean(check());
        } catch (e) {
          return false;
        }
      };
      var tick = function () {
        if (ok()) return void setTimeout(resolve, 0);
        if (now() > limit) return void reject(new Error('timed out waiting for content'));
        requestAnimationFrame(tick);
      };
      if (ok()) B.afterPaint().then(resolve);
      else requestAnimationFrame(tick);
    });
  };

  /** First visible content: the time from the start stamp to the paint of the first frame in which `check` holds. */
  B.firstRender = function (check) {
    return B.until(check).then(function () {
      B.result.firstRender = now() - t0;
    });
  };

  /**
   * Waits until the page is quiet: no long task and no change under `root` (childList) for `quietMs`
   * (capped at `capMs`). Then totals the long tasks since navigation: their summed duration, their
   * count, and the total blocking time (the part of each beyond 50 ms). `complete` is the last change
   * under `root` (progressive rendering finished).
   */
  B.settle = function (root, quietMs, capMs) {
    quietMs = quietMs || 1000;
    var cap = now() + (capMs || 30000);
    var last = now();
    var lastMutation = B.result.firstRender + t0;
    var mo = new MutationObserver(function (records) {
      last = lastMutation = now();
      var t = records[records.length - 1].target;
      B.result.info.lastChange = (t.nodeName || '?') + (t.className && typeof t.className === 'string' ? '.' + t.className.trim().split(/\s+/).join('.') : '');
    });
    if (root) mo.observe(root, { childList: true, subtree: true });
    return new Promise(function (resolve) {
      var poll = function () {
        var lt = B.longtasks.length ? B.longtasks[B.longtasks.length - 1] : undefined;
        if (lt && lt[0] + lt[1] > last) last = lt[0] + lt[1];
        if (now() - last >= quietMs || now() > cap) {
          mo.disconnect();
          var sum = 0;
          var max = 0;
          var tbt = 0;
          B.longtasks.forEach(function (t) {
            sum += t[1];
            max = Math.max(max, t[1]);
            tbt += Math.max(0, t[1] - 50);
          });
          B.result.longTaskSum = sum;
          B.result.longTaskMax = max;
          B.result.longTaskCount = B.longtasks.length;
          B.result.tbt = tbt;
          B.result.complete = lastMutation - t0;
          B.result.info.settledByCap = now() > cap;
          // For render.mjs --profile: the load phase ends here (user timing marks show in the trace).
          performance.mark('bench:load:end');
          // In a task of its own, after the mark: outside the load phase of a profile.
          return void setTimeout(function () {
            B.result.elements = countElements(document);
            B.result.heapMiB = heapMiB();
            resolve();
          }, 0);
        }
        setTimeout(poll, 100);
      };
      poll();
    });
  };

  /**
   * Times one update, two ways: to the next paint after `change()` (as Interaction to Next Paint
   * counts it: work a library defers to requestAnimationFrame or microtasks is included), and to the
   * paint of the last frame in which anything under `root` changed (settled: two quiet frames end it,
   * 10 s cap; this includes animations and progressive rendering). Long tasks during it are noted.
   */
  B.update = function (name, root, change) {
    // A pause first, so that each update stands alone (in the trace too).
    return new Promise(function (r) {
      setTimeout(r, 250);
    }).then(function () {
      return timeUpdate(name, root, change);
    });
  };

  var timeUpdate = function (name, root, change) {
    var mutated = false;
    var mo = new MutationObserver(function () {
      mutated = true;
    });
    mo.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    performance.mark('bench:' + name + ':start');
    var t = now();
    return Promise.resolve(change())
      .then(B.afterPaint)
      .then(function () {
        var paint = now() - t;
        var end = mutated ? now() : t;
        mutated = false;
        var quiet = 0;
        var loop = function () {
          if (quiet >= 2 || now() - t > 10000) {
            mo.disconnect();
            B.result.updates[name] = paint;
            B.result.updates[name + 'Settled'] = Math.max(paint, end - t);
            performance.mark('bench:' + name + ':end');
            // Every long task that ended after the change began: the one that ran change() itself
            // started (at its timer) a moment before `t`.
            var lts = B.longtasks.filter(function (x) {
              return x[0] + x[1] > t;
            });
            B.result.info[name + 'LongTasks'] = lts.reduce(function (s, x) {
              return s + x[1];
            }, 0);
            B.result.updates[name + 'LongestTask'] = lts.reduce(function (m, x) {
              return Math.max(m, x[1]);
            }, 0);
            return undefined;
          }
          return B.afterPaint().then(function () {
            if (mutated) {
              mutated = false;
              end = now();
              quiet = 0;
            } else quiet++;
            return loop();
          });
        };
        return loop();
      });
  };

  /** Elements in the document, shadow trees included (what the page keeps in its DOM). */
  var countElements = function (root) {
    var n = 0;
    var walk = function (node) {
      for (var el = node.firstElementChild; el; el = el.nextElementSibling) {
        n++;
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root);
    return n;
  };

  /**
   * The JS heap in use after a full garbage collection, in MiB: render.mjs starts Chromium with
   * --js-flags=--expose-gc and --enable-precise-memory-info (else undefined). Taken once the page
   * has settled, outside every timed window.
   */
  var heapMiB = function () {
    if (typeof window.gc !== 'function' || !performance.memory) return undefined;
    window.gc();
    return performance.memory.usedJSHeapSize / 1048576;
  };

  /** Runs the page's scenario; any failure ends up in `__bench.error`. */
  B.run = function (scenario) {
    Promise.resolve()
      .then(scenario)
      .then(
        function () {
          B.done = true;
        },
        function (e) {
          B.error = String((e && e.stack) || e);
        },
      );
  };
})();
