// Opens an HTML report in headless Chromium and prints what a reader would see, as JSON: every chart segment (its
// data, its <title> and its drawn size), the text tables, every request the page made and every console error.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';
import { pathToFileURL } from 'node:url';

const page_url = pathToFileURL(process.argv[2]).href;
const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
try {
  const page = await browser.newPage();
  const requests = [], errors = [];
  await page.setRequestInterception(true);
  page.on('request', r => { if (r.url() !== page_url) { requests.push(r.url()); r.abort(); } else { r.continue(); } });
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  await page.goto(page_url, { waitUntil: 'load' });
  const seen = await page.evaluate(() => ({
    segments: [...document.querySelectorAll('svg rect')].map(r => ({
      chart: r.closest('svg').id, outcome: r.dataset.outcome, count: Number(r.dataset.count), vendor: r.dataset.vendor ?? null,
      hour: r.dataset.hour ?? null, title: r.querySelector('title')?.textContent ?? null,
      width: r.getBoundingClientRect().width, height: r.getBoundingClientRect().height })),
    tables: Object.fromEntries([...document.querySelectorAll('table')].map(t => [t.id, [...t.rows].map(row => [...row.cells].map(c => c.innerText))])),
  }));
  console.log(JSON.stringify({ ...seen, requests, errors }));
} finally {
  await browser.close();
}
