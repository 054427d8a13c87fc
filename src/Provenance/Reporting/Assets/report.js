"use strict";
// Renders the article views from the JSON in #report-data (schema: Reporting/ReportData.cs), lazily:
// the list a page at a time, an article when it is opened, a comparison when a paragraph is clicked.
(() => {
  const articles = JSON.parse(document.getElementById("report-data").textContent);
  const list = document.getElementById("article-list");
  const filter = document.getElementById("filter");
  const count = document.getElementById("article-count");
  const more = document.getElementById("more");
  const view = document.getElementById("article");
  const PAGE = 100;
  let matches = [];
  let shown = 0;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  const outletName = outlet => outlet || "no outlet";
  const dated = published => published || "undated";
  const traced = article => article.p.filter(p => p.s !== "original").length;

  function applyFilter() {
    const query = filter.value.trim().toLowerCase();
    matches = [];
    articles.forEach((a, i) => {
      if (!query || a.id.toLowerCase().includes(query) || a.o.toLowerCase().includes(query) || (a.t || "").toLowerCase().includes(query)) matches.push(i);
    });
    list.replaceChildren();
    shown = 0;
    showMore();
  }

  function showMore() {
    const end = Math.min(matches.length, shown + PAGE);
    for (; shown < end; shown++) list.append(listItem(matches[shown]));
    more.hidden = shown >= matches.length;
    more.textContent = `Show ${Math.min(PAGE, matches.length - shown)} more`;
    count.textContent = `${matches.length} of ${articles.length} articles`;
  }

  function listItem(i) {
    const a = articles[i];
    return el("li", {},
      el("a", { href: `#article=${i}` }, a.id), " ",
      el("span", { class: "meta" }, `${outletName(a.o)} · ${dated(a.d)} · ${traced(a)} of ${a.p.length} paragraphs traced`),
      a.t ? el("span", { class: "title" }, a.t) : null);
  }

  function route() {
    const match = /^#article=(\d+)(?:&p=(\d+))?$/.exec(location.hash);
    if (!match || !articles[+match[1]]) { view.hidden = true; return; }
    showArticle(+match[1], match[2] ? +match[2] - 1 : null);
  }

  function showArticle(i, open) {
    const a = articles[i];
    const items = a.p.map((p, n) => paragraphItem(i, n));
    view.replaceChildren(
      el("h2", {}, a.t || a.id),
      el("p", { class: "meta" }, `${a.id} · ${outletName(a.o)} · ${dated(a.d)} · ${traced(a)} of ${a.p.length} paragraphs traced to a source`),
      el("ol", { class: "paragraphs" }, ...items));
    view.hidden = false;
    if (open !== null && items[open]) { toggle(items[open], i, open); items[open].scrollIntoView(); }
    else view.scrollIntoView();
  }

  function paragraphItem(i, n) {
    const p = articles[i].p[n];
    const head = el("div", { class: "head" },
      el("span", {}, `¶ ${n + 1}`),
      el("span", { class: "badge" }, p.s === "partial" ? "partly copied" : p.s),
      el("span", {}, `probability ${p.r.toFixed(3)}`));
    if (p.src !== undefined) {
      const source = articles[p.src];
      head.append(el("span", {}, "from ", el("a", { href: `#article=${p.src}&p=${p.sp + 1}` }, source.id), ` ¶ ${p.sp + 1} (${outletName(source.o)}, ${dated(source.d)})`));
    }
    const item = el("li", { class: `paragraph ${p.s}`, tabindex: "0", role: "button", "aria-expanded": "false", "data-paragraph": n + 1 },
      head, el("p", { class: "text" }, p.x));
    item.addEventListener("click", event => { if (!event.target.closest("a, .comparison")) toggle(item, i, n); });
    item.addEventListener("keydown", event => { if ((event.key === "Enter" || event.key === " ") && event.target === item) { event.preventDefault(); toggle(item, i, n); } });
    return item;
  }

  function toggle(item, i, n) {
    const open = item.querySelector(".comparison");
    if (open) { open.remove(); item.setAttribute("aria-expanded", "false"); return; }
    item.append(comparison(articles[i].p[n], n));
    item.setAttribute("aria-expanded", "true");
  }

  function comparison(p, n) {
    const facts = `probability ${p.r.toFixed(3)} · similarity ${p.m.toFixed(3)}`;
    if (p.src === undefined) {
      return el("div", { class: "comparison" }, el("p", {}, `No source in the corpus: this paragraph is original. Closest candidate: ${facts}.`));
    }
    const source = articles[p.src];
    const sourceSide = el("div", { class: "source" },
      el("h4", {}, `Source: ${source.id} · ${outletName(source.o)} · ${dated(source.d)}`),
      ...p.from.map(f => el("p", { "data-source-paragraph": f.p + 1 }, el("span", { class: "meta" }, `¶ ${f.p + 1} `), ...marked(source.p[f.p].x, f.cut, "cut"))));
    const copySide = el("div", { class: "copy" },
      el("h4", {}, `This article ¶ ${n + 1} (${p.s === "partial" ? "partly copied" : p.s})`),
      el("p", {}, ...marked(p.x, p.add, "added")));
    const edits = p.e.length === 0
      ? el("p", { class: "edits" }, "No edit: the words are the source's, as written.")
      : el("ul", { class: "edits" }, ...p.e.map(([kind, detail]) => el("li", {}, el("strong", {}, kind), detail)));
    return el("div", { class: "comparison" },
      el("div", { class: "side-by-side" }, sourceSide, copySide),
      el("h4", {}, "Edits"), edits,
      el("p", { class: "meta" }, `${facts}. Struck through: source words the copy lacks; highlighted: words the copy adds.`));
  }

  function marked(text, ranges, kind) {
    const parts = [];
    let at = 0;
    for (let k = 0; k < ranges.length; k += 2) {
      const [start, length] = [ranges[k], ranges[k + 1]];
      parts.push(text.slice(at, start), el("mark", { class: kind }, text.slice(start, start + length)));
      at = start + length;
    }
    parts.push(text.slice(at));
    return parts;
  }

  filter.addEventListener("input", applyFilter);
  more.addEventListener("click", showMore);
  window.addEventListener("hashchange", route);
  applyFilter();
  route();
})();
