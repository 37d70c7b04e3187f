// newsgraph page: plain JavaScript over the JSON API, no build step.
// Everything from the store is inserted as text (textContent), never as HTML.
"use strict";

const main = document.getElementById("main");

// el builds an element: el("a", {href: "/x"}, "text", child, ...).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat(Infinity)) {
    if (k === undefined || k === null || k === false) continue;
    e.append(k instanceof Node ? k : String(k));
  }
  return e;
}

async function api(path, opts) {
  const res = await fetch(path, opts);
  const type = res.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error((body && body.error) || res.status + " " + res.statusText);
    err.body = body;
    err.status = res.status;
    throw err;
  }
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
}

function errorBox(err) {
  const box = el("div", {class: "error", role: "alert"}, err.message);
  const sugg = err.body && err.body.suggestions;
  if (sugg && sugg.length) {
    box.append(el("div", {}, "Did you mean: ",
      sugg.map((s, i) => [i ? ", " : "", typeof s === "string" ? el("a", {href: "/?q=" + encodeURIComponent(s)}, s)
        : entityLink(s)])));
  }
  return box;
}

const entityHref = (id) => "/e/" + encodeURIComponent(id);
const entityLink = (ref) => ref && ref.id ? el("a", {href: entityHref(ref.id), "data-entity": ref.id}, ref.name || ref.id) : el("span", {class: "muted"}, "unknown");
const typeTag = (t) => t ? el("span", {class: "type"}, t) : null;

// ---- search box with suggestions ----

const form = document.getElementById("search");
const qbox = document.getElementById("q");
const qtype = document.getElementById("qtype");
const suggest = document.getElementById("suggest");
let suggestTimer = 0, suggestSeq = 0, active = -1;

function closeSuggest() { suggest.hidden = true; suggest.replaceChildren(); active = -1; }

qbox.addEventListener("input", () => {
  clearTimeout(suggestTimer);
  const q = qbox.value.trim();
  if (q.length < 2) { closeSuggest(); return; }
  suggestTimer = setTimeout(async () => {
    const seq = ++suggestSeq;
    try {
      const params = new URLSearchParams({q, limit: "8"});
      if (qtype.value) params.set("type", qtype.value);
      const ans = await api("/api/search?" + params);
      if (seq !== suggestSeq) return;
      suggest.replaceChildren(...ans.hits.map((h) => el("li", {role: "option", "data-id": h.id,
        onmousedown: (ev) => { ev.preventDefault(); go(entityHref(h.id)); }},
        el("span", {}, h.name, h.matched && h.matched !== h.name ? el("span", {class: "muted"}, " (" + h.matched + ")") : ""),
        typeTag(h.type))));
      suggest.hidden = ans.hits.length === 0;
      active = -1;
    } catch (e) { closeSuggest(); }
  }, 150);
});
qbox.addEventListener("keydown", (ev) => {
  const items = [...suggest.children];
  if (suggest.hidden || !items.length) return;
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    ev.preventDefault();
    active = (active + (ev.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute("aria-selected", i === active));
  } else if (ev.key === "Enter" && active >= 0) {
    ev.preventDefault();
    go(entityHref(items[active].dataset.id));
  } else if (ev.key === "Escape") closeSuggest();
});
qbox.addEventListener("blur", () => setTimeout(closeSuggest, 100));
form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const p = new URLSearchParams({q: qbox.value.trim()});
  if (qtype.value) p.set("type", qtype.value);
  go("/?" + p);
});

// ---- routing: links inside the page load views without reloading ----

function go(url) {
  closeSuggest();
  history.pushState(null, "", url);
  route();
}
document.addEventListener("click", (ev) => {
  const a = ev.target.closest && ev.target.closest("a[href^='/']");
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || a.hasAttribute("download")) return;
  if (a.getAttribute("href").startsWith("/api/")) return;
  ev.preventDefault();
  go(a.getAttribute("href"));
});
window.addEventListener("popstate", route);

function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  if (!location.hash) window.scrollTo(0, 0);
  if (path.startsWith("/e/")) return entityView(decodeURIComponent(path.slice(3)));
  if (path.startsWith("/doc/")) return docView(decodeURIComponent(path.slice(5)), params.get("span"), params.get("s"));
  if (path === "/queries") return queriesView();
  const q = params.get("q") || "";
  qbox.value = q;
  qtype.value = params.get("type") || "";
  if (q) return searchView(q, qtype.value);
  return homeView();
}

// ---- views ----

async function homeView() {
  document.title = "newsgraph";
  show(el("h1", {}, "Search the graph"),
    el("p", {class: "muted"}, "Type a name above: people, organisations, places. Aliases work (\"Zelensky\")."),
    el("h2", {}, "Most connected"), el("div", {id: "top"}, el("p", {class: "muted"}, "Loading…")));
  info().then((i) => {
    if (i.entities === undefined) return;
    const types = Object.entries(i.entities_by_type || {}).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${t}`).join(", ");
    main.insertBefore(el("p", {class: "facts"}, el("span", {}, `${i.documents} articles`), el("span", {}, `${i.entities} entities (${types})`),
      i.curate ? el("span", {}, "curation on") : el("span", {class: "muted"}, "read-only")), main.children[2]);
  });
  try {
    const t = await api("/api/query/top?n=15");
    document.getElementById("top").replaceChildren(el("ul", {class: "hits"},
      t.result.map((r) => el("li", {}, entityLink(r), " ", typeTag(r.type),
        el("span", {class: "muted"}, ` — ${r.degree} linked, ${r.statements} statements, ${r.docs} documents`)))));
  } catch (e) { document.getElementById("top").replaceChildren(errorBox(e)); }
}

async function searchView(q, type) {
  document.title = q + " — newsgraph";
  show(el("h1", {}, "Results for “", q, "”"), el("p", {class: "muted"}, "Searching…"));
  try {
    const p = new URLSearchParams({q, limit: "50"});
    if (type) p.set("type", type);
    const ans = await api("/api/search?" + p);
    if (!ans.hits.length) {
      show(el("h1", {}, "Results for “", q, "”"), el("p", {}, "No entity matches."));
      return;
    }
    show(el("h1", {}, "Results for “", q, "”"),
      el("ul", {class: "hits", id: "hits"}, ans.hits.map((h) => el("li", {},
        el("a", {class: "name", href: entityHref(h.id), "data-entity": h.id}, h.name), " ", typeTag(h.type),
        el("div", {class: "muted"}, `${h.mentions} mentions in ${h.docs} document(s)`,
          h.matched !== h.name ? ` · matched “${h.matched}”` : "",
          h.aliases && h.aliases.length ? ` · also: ${h.aliases.slice(0, 6).join(", ")}` : "")))));
  } catch (e) { show(el("h1", {}, "Results for “", q, "”"), errorBox(e)); }
}

function docTitle(docs, id) {
  const d = docs && docs[id];
  return d && d.title ? d.title : id;
}

// docMeta is "outlet, date" of an article when the store knows them.
function docMeta(docs, id) {
  const d = (docs && docs[id]) || {};
  const parts = [d.outlet, d.date].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

// sourceLine shows one reporting sentence with its article and a link to it.
function sourceLine(src, docs, extra, lead) {
  const href = `/doc/${encodeURIComponent(src.doc)}?s=${src.sentence}` +
    (src.span && src.span[1] > src.span[0] ? `&span=${src.span[0]}-${src.span[1]}` : "");
  return el("div", {class: "src"},
    el("div", {}, "“", src.text || "", "”"),
    el("div", {class: "meta"}, extra || null, lead || "in ",
      el("a", {href, class: "doclink", "data-doc": src.doc}, docTitle(docs, src.doc)), docMeta(docs, src.doc),
      ` · ${src.doc}#${src.sentence}`));
}

function statementCard(st, docs, mode) {
  const head = el("div", {class: "head"},
    mode === "about" ? [entityLink(st.speaker), " "] : null,
    el("span", {class: "cue"}, st.cue || "said"), " ",
    el("span", {class: "stance " + (st.stance || "")}, st.stance || "neutral"));
  const text = [st.content, st.speaker && st.speaker.name, ...(st.about || []).map((a) => a.name), ...st.sources.map((s) => s.text)];
  const dates = st.sources.map((s) => (docs[s.doc] || {}).date).filter(Boolean).sort();
  return el("article", {class: "card statement", "data-text": text.join(" ").toLowerCase(), "data-date": dates[0]},
    head,
    el("p", {class: "content"}, st.direct ? ["“", st.content, "”"] : st.content),
    st.about && st.about.length ? el("div", {class: "muted"}, "about: ", st.about.map((a, i) => [i ? ", " : "", entityLink(a)])) : null,
    st.sources.map((s) => sourceLine(s, docs, null, "according to ")));
}

function relationCard(f, docs, self, names) {
  return el("article", {class: "card relation", "data-text": (f.subject.name + " " + f.predicate + " " + f.object.name).toLowerCase()},
    el("div", {class: "head"},
      f.subject.id === self ? el("b", {}, f.subject.name) : entityLink(f.subject),
      el("span", {class: "type"}, f.predicate),
      f.object.id === self ? el("b", {}, f.object.name) : entityLink(f.object)),
    f.sources.map((s) => sourceLine(s, docs, [
      s.predicate_text ? ["as written: “", s.predicate_text, "”", s.negated ? " (negated)" : "", s.modality ? ` (${s.modality})` : "", " · "] : null,
      s.attributed_to ? ["according to ", entityLink((names || {})[s.attributed_to] || {id: s.attributed_to}), " · "] : null])));
}

// filtered lists cards under a filter box; ?f=WORDS in the page's address
// fills it in, so that a filtered view can be linked to.
function filtered(cards, placeholder, docs) {
  const list = el("div", {class: "cards"}, cards);
  // A timeline: the cards ordered by their articles' dates, when the store
  // has dates (dates as articles give them, compared as ISO text).
  const dated = docs && cards.some((c) => c.dataset.date);
  let byDate = false;
  const order = dated ? el("button", {type: "button", "aria-pressed": "false", onclick: () => {
    byDate = !byDate;
    order.setAttribute("aria-pressed", String(byDate));
    const sorted = [...cards];
    if (byDate) sorted.sort((a, b) => (a.dataset.date || "~").localeCompare(b.dataset.date || "~"));
    list.replaceChildren(...sorted);
  }}, "Timeline: by article date") : null;
  const apply = () => {
    const t = box.value.toLowerCase();
    for (const c of list.children) c.hidden = t && !c.dataset.text.includes(t);
  };
  const box = el("input", {class: "filter", type: "search", placeholder, "aria-label": placeholder, oninput: apply});
  box.value = new URLSearchParams(location.search).get("f") || "";
  apply();
  return [el("div", {class: "controls"}, box, order), list];
}

async function entityView(id) {
  show(el("p", {class: "muted"}, "Loading ", id, "…"));
  let page;
  try {
    page = await api("/api/entity/" + encodeURIComponent(id));
  } catch (e) { show(el("h1", {}, id), errorBox(e)); return; }
  const e = page.entity;
  document.title = e.name + " — newsgraph";
  const more = page.more || {};
  const moreNote = (k) => more[k] ? el("p", {class: "muted"}, `+${more[k]} more not shown`) : null;
  const sections = {
    said: [el("h2", {}, `Statements by ${e.name} (${page.said_by.length})`),
      page.said_by.length ? filtered(page.said_by.map((s) => statementCard(s, page.docs, "by")), "Filter statements…", page.docs) : el("p", {class: "muted"}, "None recorded."),
      moreNote("said_by")],
    about: [el("h2", {}, `Statements about ${e.name} (${page.about.length})`),
      page.about.length ? filtered(page.about.map((s) => statementCard(s, page.docs, "about")), "Filter statements…", page.docs) : el("p", {class: "muted"}, "None recorded."),
      moreNote("about")],
    relations: [el("h2", {}, `Relations (${page.relations.length})`),
      page.relations.length ? filtered(page.relations.map((f) => relationCard(f, page.docs, e.id, page.names)), "Filter relations…") : el("p", {class: "muted"}, "None recorded."),
      moreNote("relations")],
  };
  const mapSection = el("section", {id: "map", class: "tab"}, el("h2", {}, "Neighbourhood"));
  const tabs = [
    ["said-by", `Said by (${page.said_by.length})`, el("section", {id: "said-by", class: "tab"}, sections.said)],
    ["about", `Said about (${page.about.length})`, el("section", {id: "about", class: "tab"}, sections.about)],
    ["relations", `Relations (${page.relations.length})`, el("section", {id: "relations", class: "tab"}, sections.relations)],
    ["map", "Map", mapSection],
  ];
  const bar = el("div", {class: "tabs", role: "tablist"});
  let mapDrawn = false;
  const select = (id) => {
    for (const [tid, , sec] of tabs) sec.hidden = tid !== id;
    for (const b of bar.children) b.setAttribute("aria-pressed", String(b.dataset.tab === id));
    if (id === "map" && !mapDrawn) { mapDrawn = true; mapView(mapSection, e); }
  };
  for (const [id, label] of tabs) {
    bar.append(el("button", {type: "button", "data-tab": id, onclick: () => { history.replaceState(null, "", "#" + id); select(id); }}, label));
  }
  show(
    el("h1", {}, e.name, " ", typeTag(e.type)),
    el("div", {class: "facts"},
      el("span", {}, `${e.mentions} mentions`),
      el("span", {}, `${(e.docs || []).length} document(s)`),
      el("span", {}, `${page.neighbors.length} linked entities`),
      el("span", {class: "muted"}, "id: ", e.id)),
    e.aliases && e.aliases.length ? el("p", {class: "muted"}, "Also called: ", e.aliases.join(", ")) : null,
    bar, tabs.map((t) => t[2]));
  const wanted = location.hash.slice(1);
  select(tabs.some((t) => t[0] === wanted) ? wanted
    : page.said_by.length ? "said-by" : page.about.length ? "about" : page.relations.length ? "relations" : "map");
  if ((await info()).curate) main.append(curationPanel(e));
}

// mapView draws the entity's neighbourhood: the SVG comes from the server
// (Graphviz via package export); this adds pan, zoom, filters and
// click-to-open.
function mapView(box, ent) {
  const state = {view: "both", depth: "1", max: "60", types: new Set()};
  const holder = el("div", {class: "mapbox", role: "img", "aria-label": "Map of " + ent.name + "'s neighbourhood"});
  const more = el("span", {class: "muted", id: "map-more"});
  const downloads = el("span", {class: "downloads"});
  const url = (format) => {
    const p = new URLSearchParams({format, view: state.view, depth: state.depth, max: state.max});
    if (state.types.size) p.set("type", [...state.types].join(","));
    return `/api/neighbors/${encodeURIComponent(ent.id)}?${p}`;
  };
  const controls = el("div", {class: "controls"},
    ["both", "relations", "statements"].map((v) => el("button", {type: "button", "aria-pressed": String(v === state.view), "data-view": v,
      onclick: () => { state.view = v; for (const b of controls.querySelectorAll("[data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === v)); load(); }}, v)),
    el("label", {}, " depth ", el("select", {onchange: (ev) => { state.depth = ev.target.value; load(); }},
      ["1", "2", "3"].map((d) => el("option", {}, d)))),
    el("label", {}, " show ", el("select", {onchange: (ev) => { state.max = ev.target.value; load(); }},
      ["20", "60", "150", "400"].map((d) => el("option", {selected: d === state.max}, d))), " entities"),
    el("button", {type: "button", onclick: () => zoom(1 / 1.3), "aria-label": "zoom in"}, "+"),
    el("button", {type: "button", onclick: () => zoom(1.3), "aria-label": "zoom out"}, "−"),
    el("button", {type: "button", onclick: () => reset()}, "fit"));
  const typeBar = el("div", {class: "controls"}, "types: ",
    ["PERSON", "ORG", "GPE", "LOC", "CONCEPT"].map((t) => el("label", {}, el("input", {type: "checkbox", value: t,
      onchange: (ev) => { ev.target.checked ? state.types.add(t) : state.types.delete(t); load(); }}), " ", t, " ")),
    el("span", {class: "muted"}, "(none ticked: all)"));
  box.append(controls, typeBar, el("div", {class: "controls"}, more, downloads), holder);
  let svg = null, vb = null, vb0 = null;

  function apply() { if (svg && vb) svg.setAttribute("viewBox", vb.join(" ")); }
  function reset() { if (vb0) { vb = vb0.slice(); apply(); } }
  function zoom(f) {
    if (!vb) return;
    const cx = vb[0] + vb[2] / 2, cy = vb[1] + vb[3] / 2;
    vb = [cx - (cx - vb[0]) * f, cy - (cy - vb[1]) * f, vb[2] * f, vb[3] * f];
    apply();
  }
  async function load() {
    downloads.replaceChildren(el("span", {}, "Download: ", ["svg", "png", "gexf", "csv"].map((f, i) =>
      [i ? " · " : "", el("a", {href: url(f), download: ent.id + "." + f}, f.toUpperCase())])));
    holder.replaceChildren(el("p", {class: "muted"}, "Drawing…"));
    more.textContent = "";
    let res;
    try {
      res = await fetch(url("svg"));
      if (!res.ok) { const b = await res.json(); throw new Error(b.error || res.statusText); }
    } catch (e) { holder.replaceChildren(errorBox(e)); return; }
    const n = Number(res.headers.get("X-More-Nodes") || 0);
    if (n > 0) more.textContent = `+${n} more not drawn — show more entities or filter by type. `;
    const doc = new DOMParser().parseFromString(await res.text(), "image/svg+xml");
    const root = doc.documentElement;
    if (root.nodeName !== "svg") { holder.replaceChildren(el("div", {class: "error"}, "The map could not be read.")); return; }
    // The SVG is Graphviz's; strip anything active before it joins the page.
    for (const bad of root.querySelectorAll("script, foreignObject")) bad.remove();
    for (const node of root.querySelectorAll("*")) {
      for (const a of [...node.attributes]) {
        if (a.name.startsWith("on") || (/href$/.test(a.name) && !a.value.startsWith("#"))) node.removeAttribute(a.name);
      }
    }
    svg = document.importNode(root, true);
    const vbAttr = (svg.getAttribute("viewBox") || "").split(/[\s,]+/).map(Number);
    vb0 = vbAttr.length === 4 && vbAttr.every(isFinite) ? vbAttr : null;
    vb = vb0 && vb0.slice();
    svg.removeAttribute("width"); svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    holder.replaceChildren(svg);
    for (const g of svg.querySelectorAll("g.node")) {
      const t = g.querySelector("title");
      const id = t && t.textContent.startsWith("ent/") ? t.textContent.slice(4) : null;
      if (id && id !== ent.id) g.addEventListener("click", () => { if (!moved) go(entityHref(id)); });
    }
  }
  // Pan by dragging, zoom with the wheel; a drag is not a click on a node.
  let drag = null, moved = false;
  holder.addEventListener("pointerdown", (ev) => { moved = false; if (vb) drag = {x: ev.clientX, y: ev.clientY, vb: vb.slice()}; });
  holder.addEventListener("pointermove", (ev) => {
    if (!drag || !svg) return;
    if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 4) moved = true;
    const r = svg.getBoundingClientRect();
    const s = Math.max(drag.vb[2] / r.width, drag.vb[3] / r.height);
    vb = [drag.vb[0] - (ev.clientX - drag.x) * s, drag.vb[1] - (ev.clientY - drag.y) * s, drag.vb[2], drag.vb[3]];
    apply();
  });
  window.addEventListener("pointerup", () => { drag = null; });
  holder.addEventListener("wheel", (ev) => { if (vb) { ev.preventDefault(); zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15); } }, {passive: false});
  load();
}

// curationPanel offers merge, split and retype on a server started with --curate.
function curationPanel(e) {
  const out = el("div", {});
  const send = async (op, body) => {
    out.replaceChildren(el("p", {class: "muted"}, "Applying…"));
    try {
      const ans = await api("/api/curate/" + op, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      out.replaceChildren(el("p", {}, `Recorded (${ans.stats.relinked} article(s) relinked). `, entityLink(ans.entity)));
    } catch (err) { out.replaceChildren(errorBox(err)); }
  };
  const into = el("input", {placeholder: "id of the entity to merge into", "aria-label": "merge into"});
  const name = el("input", {placeholder: "a name of " + e.name, "aria-label": "name to split off"});
  const type = el("select", {"aria-label": "new type"}, ["PERSON", "ORG", "GPE", "LOC", "CONCEPT"].map((t) => el("option", {selected: t === e.type}, t)));
  return el("section", {id: "curate"}, el("h2", {}, "Curate"),
    el("p", {class: "muted"}, "Corrections are recorded in the store and kept by later builds."),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); send("merge", {id: e.id, into: into.value.trim()}); }},
      el("label", {}, "merge " + e.name + " into", into), el("button", {type: "submit"}, "Merge")),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); send("split", {id: e.id, name: name.value.trim()}); }},
      el("label", {}, "split off the references named", name), el("button", {type: "submit"}, "Split")),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); send("retype", {id: e.id, type: type.value}); }},
      el("label", {}, "retype as", type), el("button", {type: "submit"}, "Retype")),
    out);
}

let serverInfo = null;
async function info() {
  if (!serverInfo) serverInfo = api("/api/info").catch(() => ({}));
  return serverInfo;
}

async function docView(id, span, sentence) {
  show(el("p", {class: "muted"}, "Loading ", id, "…"));
  let d;
  try {
    d = await api("/api/doc/" + encodeURIComponent(id) + (span ? "?span=" + encodeURIComponent(span) : ""));
  } catch (e) { show(el("h1", {}, id), errorBox(e)); return; }
  document.title = (d.title || id) + " — newsgraph";
  const head = [el("h1", {}, d.title || id),
    el("p", {class: "muted"}, [d.outlet, d.date].filter(Boolean).join(" · "), d.outlet || d.date ? " · " : "",
      d.url && /^https?:\/\//.test(d.url) ? [el("a", {href: d.url, rel: "noreferrer noopener", target: "_blank"}, "original"), " · "] : "",
      `document ${d.id}`, d.path ? ` · ${d.path}` : "", ` · ${d.sentences} sentences`,
      sentence !== null ? ` · sentence #${sentence} highlighted` : "")];
  if (!d.available) {
    show(...head, el("div", {class: "error"}, "The article's text is not available: ", d.reason));
    return;
  }
  const mark = d.highlight ? el("mark", {id: "hl"}, d.highlight) : null;
  show(...head, el("div", {class: "article"}, d.before || "", mark, d.after || ""));
  if (mark) mark.scrollIntoView({block: "center"});
}

async function queriesView() {
  document.title = "Queries — newsgraph";
  const out = el("div", {id: "out"});
  let list;
  try { list = await api("/api/queries"); } catch (e) { show(errorBox(e)); return; }
  const sel = el("select", {"aria-label": "Query"}, list.map((q) => el("option", {value: q.name}, q.name)));
  const fields = el("span", {});
  const help = el("p", {class: "muted"});
  function renderFields() {
    const q = list.find((x) => x.name === sel.value);
    help.textContent = q.summary;
    fields.replaceChildren(...q.params.map((p) => el("label", {}, p.name + (p.required ? " *" : ""),
      p.kind === "type" ? el("select", {name: p.name}, ["", "PERSON", "ORG", "GPE", "LOC", "CONCEPT"].map((t) => el("option", {}, t)))
        : p.kind === "bool" ? el("select", {name: p.name, title: p.help}, el("option", {value: ""}, "no"), el("option", {value: "true"}, "yes"))
        : el("input", {name: p.name, type: p.kind === "int" ? "number" : "text", min: p.min || null, max: p.max || null,
          value: p.kind === "int" ? String(p.default) : "", placeholder: p.help}))));
  }
  sel.addEventListener("change", renderFields);
  renderFields();
  const run = async (ev) => {
    if (ev) ev.preventDefault();
    const p = new URLSearchParams();
    for (const f of fields.querySelectorAll("input, select")) if (f.value !== "") p.set(f.name, f.value);
    history.replaceState(null, "", `/queries?query=${sel.value}&${p}`);
    const url = `/api/query/${sel.value}?${p}`;
    out.replaceChildren(el("p", {class: "muted"}, "Running…"));
    try { showTable(out, await api(url), url); } catch (e) { out.replaceChildren(errorBox(e)); }
  };
  const gz = el("textarea", {"aria-label": "Gizmo query", spellcheck: "false"}, 'g.V("<ent/pete-hegseth>").Out("<schema:name>").All()');
  const gzRun = async (ev) => {
    ev.preventDefault();
    out.replaceChildren(el("p", {class: "muted"}, "Running…"));
    try {
      const ans = await api("/api/gizmo", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({query: gz.value, limit: 200})});
      showGizmo(out, ans.results);
    } catch (e) { out.replaceChildren(errorBox(e)); }
  };
  // /queries?query=between&x=Putin&y=Trump fills the form and runs it, so a
  // query can be linked to.
  const given = new URLSearchParams(location.search);
  const preset = given.get("query") && list.find((x) => x.name === given.get("query"));
  if (preset) {
    sel.value = preset.name;
    renderFields();
    for (const f of fields.querySelectorAll("input, select")) if (given.has(f.name)) f.value = given.get(f.name);
    run();
  }
  show(el("h1", {}, "Queries"),
    el("form", {class: "qform", onsubmit: run}, el("label", {}, "query", sel), fields,
      el("button", {class: "primary", type: "submit"}, "Run"), help),
    el("h2", {}, "Gizmo"),
    el("form", {class: "qform", onsubmit: gzRun}, gz, el("button", {class: "primary", type: "submit"}, "Run Gizmo"),
      el("span", {class: "muted"}, " Cayley's path language; runs under the server's time and size limits.")),
    out);
}

// showGizmo shows a script's results as a table when they are objects
// (g.V()...All() gives {"id": ...}; Tag adds columns), as JSON otherwise.
function showGizmo(out, results) {
  const head = el("h2", {}, `${results.length} result(s)`);
  const objects = results.length > 0 && results.every((r) => r && typeof r === "object" && !Array.isArray(r));
  if (!objects) {
    out.replaceChildren(head, el("pre", {class: "json"}, JSON.stringify(results, null, 2)));
    return;
  }
  const cols = [...new Set(results.flatMap((r) => Object.keys(r)))];
  const cell = (v) => v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  const rows = results.map((r) => cols.map((c) => cell(r[c])));
  // CSV as a spreadsheet reads it; a cell starting with = + - @ is quoted
  // text, never a formula.
  const q = (v) => { if (/^[=+\-@\t\r]/.test(v)) v = "'" + v; return /[",\n\r]/.test(v) || v !== v.trim() ? '"' + v.replace(/"/g, '""') + '"' : v; };
  const csv = [cols, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
  const href = URL.createObjectURL(new Blob([csv], {type: "text/csv"}));
  out.replaceChildren(head, el("p", {}, el("a", {href, download: "gizmo.csv"}, "Download CSV")),
    el("div", {class: "tablewrap"}, el("table", {},
      el("thead", {}, el("tr", {}, cols.map((c) => el("th", {}, c)))),
      el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))))));
}

function showTable(out, t, url) {
  const csv = url + (url.includes("?") ? "&" : "?") + "format=csv";
  out.replaceChildren(el("h2", {}, t.title || t.query),
    el("p", {}, `${t.rows.length} row(s)`, t.more ? ` (+${t.more} more not shown)` : "", " · ",
      el("a", {href: csv, download: t.query + ".csv"}, "Download CSV")),
    el("div", {class: "tablewrap"}, el("table", {},
      el("thead", {}, el("tr", {}, t.columns.map((c) => el("th", {}, c)))),
      el("tbody", {}, t.rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))))));
}

route();
