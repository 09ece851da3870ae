// Audit several pages with Lighthouse in one headless Chromium (Debian's, via CHROME_PATH): starting a browser per
// page would cost more than the audits. Prints {"<url> <form factor>": {scores, failing}} as JSON.
// Usage: node tests/lighthouse_pages.mjs '[{"url": "http://…", "formFactor": "desktop"}, …]'
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const pages = JSON.parse(process.argv[2]);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const results = {};
try {
  for (const { url, formFactor } of pages) {
    const flags = { port: chrome.port, output: "json", logLevel: "error",
                    onlyCategories: ["accessibility", "best-practices", "seo"] };
    const run = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    const scores = Object.fromEntries(
      Object.entries(run.lhr.categories).map(([name, category]) => [name, Math.round(category.score * 100)]));
    const failing = Object.entries(run.lhr.audits)
      .filter(([, audit]) => audit.scoreDisplayMode === "binary" && audit.score === 0)
      .map(([name]) => name);
    results[`${url} ${formFactor}`] = { scores, failing };
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));
