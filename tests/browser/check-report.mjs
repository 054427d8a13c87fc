// Opens a provenance report in headless chromium (Debian's, no browser download), clicks through it
// like a reader and prints what the page showed as JSON on stdout. Usage:
//   node check-report.mjs REPORT.html SCREENSHOT.png ARTICLE_ID PARAGRAPH
// CHROMIUM overrides the browser path (default /usr/bin/chromium).
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";

const [report, screenshot, articleId, paragraph] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const requests = [];
  page.on("pageerror", error => errors.push(String(error)));
  page.on("console", message => { if (message.type() === "error") errors.push(message.text()); });
  await page.route("**/*", route => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });

  await page.goto(pathToFileURL(report).href);
  const overview = {
    totals: await page.$$eval(".totals div", divs => divs.map(d => [d.querySelector("dt").textContent, d.querySelector("dd").textContent])),
    chartRows: await page.$$eval("#outlet-chart .bar-row", rows => rows.map(r => r.textContent)),
    clusters: await page.$$eval("#clusters > li", items => items.map(li => [...li.querySelectorAll("tbody tr")].map(tr => [...tr.cells].map(c => c.textContent)))),
    topSources: await page.$$eval("#top-sources tbody tr", rows => rows.map(r => [...r.cells].map(c => c.textContent))),
    listed: await page.$$eval("#article-list li", items => items.length),
  };

  await page.click(`#article-list a:text-is("${articleId}")`);
  await page.waitForSelector("#article:not([hidden]) .paragraphs");
  const item = page.locator(`.paragraph[data-paragraph="${paragraph}"]`);
  await item.click({ position: { x: 10, y: 10 } });
  const comparison = item.locator(".comparison");
  await comparison.waitFor();
  const sourceBox = await comparison.locator(".source").boundingBox();
  const copyBox = await comparison.locator(".copy").boundingBox();
  const opened = {
    heading: await page.textContent("#article h2"),
    paragraphs: await page.locator(".paragraph").count(),
    expanded: await item.getAttribute("aria-expanded"),
    sourceHeading: await comparison.locator(".source h4").textContent(),
    added: await comparison.locator("mark.added").allTextContents(),
    cut: await comparison.locator("mark.cut").allTextContents(),
    edits: await comparison.locator(".edits li").allTextContents(),
    sideBySide: sourceBox !== null && copyBox !== null && sourceBox.x + sourceBox.width <= copyBox.x && Math.abs(sourceBox.y - copyBox.y) < 5,
  };

  // What the reader sees: the pixels of an added word, painted by the browser, read back through a canvas.
  const mark = comparison.locator("mark.added").first();
  const markPng = (await mark.screenshot()).toString("base64");
  opened.addedColour = await page.evaluate(async png => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(",").map(Number);
  }, markPng);
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.fill("#filter", articleId);
  const filtered = await page.$$eval("#article-list li", items => items.length);

  console.log(JSON.stringify({ errors, requests, overview, opened, filtered }));
} finally {
  await browser.close();
}
