// A page for the benchmarks, as a visitor's browser has it. Puppeteer enables DevTools' network
// agent (for its request events), and that agent keeps a copy of every response body and decodes
// it as text on the page's main thread: for the 2.9 MB document at N = 5,000, a task of 60 ms on a
// slow 2-core machine (TextResourceDecoder::Decode in a trace), in every library's load, which no
// visitor's browser runs. Here no body is kept; the request events stay.

/** A new page of `context` whose response bodies DevTools does not keep. */
export async function newBenchPage(context) {
  const page = await context.newPage();
  // Puppeteer's own session (another session would get an agent of its own, still keeping bodies).
  await page._client().send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  return page;
}
