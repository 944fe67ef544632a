// A page for the benchmarks, as a visitor's browser has it. Puppeteer enables DevTools' network
// agent (for its request events), and that agent keeps a copy of every response body and decodes
// it as text on the page's main thread: for the 2.9 MB document at N = 5,000, a task of 60 ms on a
// slow 2-core machine (TextResourceDecoder::Decode in a trace), in every library's load, which no
// visitor's browser runs. Here no body is kept; the request events stay.
//
// Also what several benchmark scripts share: alternated loads of variants, and the median.

/** A new page of `context` whose response bodies DevTools does not keep. */
export async function newBenchPage(context) {
  const page = await context.newPage();
  // Puppeteer's own session (another session would get an agent of its own, still keeping bodies).
  await page._client().send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  return page;
}

/**
 * `rounds` loads of each of `count` variants (builds, libraries), alternated (A, B, A, B…) so that
 * the machine's drift hits them alike, each in a fresh browser context (a cold cache): the results
 * of `load(context, variant)`, by variant.
 */
export async function alternatedLoads(browser, count, rounds, load) {
  const results = Array.from({ length: count }, () => []);
  for (let r = 0; r < rounds; r++)
    for (let v = 0; v < count; v++) {
      const context = await browser.createBrowserContext();
      try {
        results[v].push(await load(context, v));
      } finally {
        await context.close();
      }
    }
  return results;
}

/** The median of a list of numbers (the upper one of the two middle values of an even list). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
