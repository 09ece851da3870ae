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
// The screenshots are pictures for a report nobody reads here; they take a third of each run.
const flags = {
  output: "json", logLevel: "error", disableFullPageScreenshot: true,
  onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  skipAudits: ["screenshot-thumbnails", "final-screenshot"],
};
const results = {};
try {
  for (const { url, formFactor } of pages) {
    const run = await lighthouse(url, { ...flags, port: chrome.port },
                                 formFactor === "desktop" ? desktopConfig : undefined);
    const scores = Object.fromEntries(
      Object.entries(run.lhr.categories).map(([name, category]) => [name, Math.round(category.score * 100)]));
    const failing = Object.entries(run.lhr.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
      .map(([name, audit]) => `${name} ${audit.displayValue ?? audit.score}`);
    results[`${url} ${formFactor}`] = { scores, failing };
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));
