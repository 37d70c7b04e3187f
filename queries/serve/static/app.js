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
  // A new search keeps the outlet and period of the one shown.
  const cur = new URLSearchParams(location.search);
  if (location.pathname === "/") for (const k of ["outlet", "from", "to"]) if (cur.get(k)) p.set(k, cur.get(k));
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
  if (q) return searchView(q, qtype.value, params);
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

// searchFilters narrows a search to an outlet's articles and a period,
// from what /api/info says the store holds.
function searchFilters(q, type, params, inf) {
  const outlets = inf.outlets || [];
  const outlet = el("select", {name: "outlet", "aria-label": "outlet", disabled: !outlets.length,
    title: outlets.length ? null : "the store records no outlets"},
    el("option", {value: ""}, "any outlet"),
    outlets.map((o) => el("option", {value: o.name, selected: o.name === params.get("outlet")}, `${o.name} (${o.articles})`)));
  const date = (name, label) => el("label", {}, label, " ", el("input", {type: "date", name, value: params.get(name) || "",
    min: inf.first_date && inf.first_date.length === 10 ? inf.first_date : null, max: inf.last_date && inf.last_date.length === 10 ? inf.last_date : null}));
  return el("form", {class: "controls", id: "search-filters", onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams({q});
    if (type) p.set("type", type);
    for (const f of ev.target.querySelectorAll("select, input")) if (f.value) p.set(f.name, f.value);
    go("/?" + p);
  }}, "in ", outlet, date("from", "from"), date("to", "to"), el("button", {type: "submit"}, "Filter"),
  params.get("outlet") || params.get("from") || params.get("to") ? el("a", {href: "/?" + new URLSearchParams(type ? {q, type} : {q})}, "clear") : null);
}

async function searchView(q, type, params) {
  params = params || new URLSearchParams();
  document.title = q + " — newsgraph";
  show(el("h1", {}, "Results for “", q, "”"), el("p", {class: "muted"}, "Searching…"));
  const inf = await info();
  const filters = searchFilters(q, type, params, inf);
  const narrowed = params.get("outlet") || params.get("from") || params.get("to");
  const none = narrowed ? ["No entity matches in the articles of that outlet and period",
    (params.get("from") || params.get("to")) && !inf.last_date ? " (the store records no article dates)." : "."] : "No entity matches.";
  try {
    const p = new URLSearchParams({q, limit: "50"});
    if (type) p.set("type", type);
    for (const k of ["outlet", "from", "to"]) if (params.get(k)) p.set(k, params.get(k));
    const ans = await api("/api/search?" + p);
    if (!ans.hits.length) {
      show(el("h1", {}, "Results for “", q, "”"), filters, el("p", {}, none));
      return;
    }
    show(el("h1", {}, "Results for “", q, "”"), filters,
      el("ul", {class: "hits", id: "hits"}, ans.hits.map((h) => el("li", {},
        el("a", {class: "name", href: entityHref(h.id), "data-entity": h.id}, h.name), " ", typeTag(h.type),
        el("div", {class: "muted"}, `${h.mentions} mentions in ${h.docs} document(s)`,
          h.matched !== h.name ? ` · matched “${h.matched}”` : "",
          h.aliases && h.aliases.length ? ` · also: ${h.aliases.slice(0, 6).join(", ")}` : "")))));
  } catch (e) { show(el("h1", {}, "Results for “", q, "”"), filters, errorBox(e)); }
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
function sourceLine(src, docs, extra, lead, action) {
  const href = `/doc/${encodeURIComponent(src.doc)}?s=${src.sentence}` +
    (src.span && src.span[1] > src.span[0] ? `&span=${src.span[0]}-${src.span[1]}` : "");
  return el("div", {class: "src"},
    el("div", {}, "“", src.text || "", "”"),
    el("div", {class: "meta"}, extra || null, lead || "in ",
      el("a", {href, class: "doclink", "data-doc": src.doc}, docTitle(docs, src.doc)), docMeta(docs, src.doc),
      ` · ${src.doc}#${src.sentence}`, action ? [" ", action] : null));
}

// wrongButton marks a fact wrong on a server started with --curate (cur
// set): the whole fact, or (with doc and sentence) one article's report.
function wrongButton(cur, fact, src) {
  if (!cur) return null;
  const body = src ? Object.assign({doc: src.doc, sentence: src.sentence}, fact) : fact;
  return el("button", {type: "button", class: "wrong", title: src ? "this sentence does not say so" : "this is wrong in every article",
    onclick: () => cur("wrong", body, src ? "Mark this article's report wrong? Later builds keep it out." : "Mark this wrong in every article? Later builds keep it out.")},
  src ? "wrong here" : "mark wrong");
}

function statementCard(st, docs, mode, cur) {
  const fact = {statement: st.id};
  const head = el("div", {class: "head"},
    mode === "about" ? [entityLink(st.speaker), " "] : null,
    el("span", {class: "cue"}, st.cue || "said"), " ",
    el("span", {class: "stance " + (st.stance || "")}, st.stance || "neutral"), wrongButton(cur, fact));
  const text = [st.content, st.speaker && st.speaker.name, ...(st.about || []).map((a) => a.name), ...st.sources.map((s) => s.text)];
  const dates = st.sources.map((s) => (docs[s.doc] || {}).date).filter(Boolean).sort();
  return el("article", {class: "card statement", "data-text": text.join(" ").toLowerCase(), "data-date": dates[0]},
    head,
    el("p", {class: "content"}, st.direct ? ["“", st.content, "”"] : st.content),
    st.about && st.about.length ? el("div", {class: "muted"}, "about: ", st.about.map((a, i) => [i ? ", " : "", entityLink(a)])) : null,
    st.sources.map((s) => sourceLine(s, docs, null, "according to ", wrongButton(cur, fact, s))));
}

function relationCard(f, docs, self, names, cur) {
  const fact = {subject: f.subject.id, predicate: f.predicate, object: f.object.id};
  return el("article", {class: "card relation", "data-text": (f.subject.name + " " + f.predicate + " " + f.object.name).toLowerCase()},
    el("div", {class: "head"},
      f.subject.id === self ? el("b", {}, f.subject.name) : entityLink(f.subject),
      el("span", {class: "type"}, f.predicate),
      f.object.id === self ? el("b", {}, f.object.name) : entityLink(f.object), wrongButton(cur, fact)),
    f.sources.map((s) => sourceLine(s, docs, [
      s.predicate_text ? ["as written: “", s.predicate_text, "”", s.negated ? " (negated)" : "", s.modality ? ` (${s.modality})` : "", " · "] : null,
      s.attributed_to ? ["according to ", entityLink((names || {})[s.attributed_to] || {id: s.attributed_to}), " · "] : null], null, wrongButton(cur, fact, s))));
}

// timelineSection shows what was said about the entity by article date: a
// bar a month (how much was said), then each day's reports.
function timelineSection(page) {
  const items = page.timeline || [];
  if (!items.length) return el("p", {class: "muted"}, "Nothing said about it is recorded.");
  const spans = {};
  for (const st of page.about) for (const src of st.sources) spans[st.id + " " + src.doc + " " + src.sentence] = src.span;
  const months = new Map();
  for (const it of items) { const m = it.day ? it.day.slice(0, 7) : "undated"; months.set(m, (months.get(m) || 0) + 1); }
  const top = Math.max(...months.values());
  const bars = el("div", {class: "months", "aria-label": "statements a month"}, [...months].map(([m, n]) =>
    el("div", {class: "month", title: `${m}: ${n}`}, el("span", {class: "bar", style: `height:${Math.max(4, Math.round(48 * n / top))}px`}), el("span", {class: "label"}, m), el("span", {class: "muted"}, String(n)))));
  const days = [];
  let cur = null;
  for (const it of items) {
    const day = it.day || "undated";
    if (!cur || cur.day !== day) { cur = {day, items: []}; days.push(cur); }
    cur.items.push(it);
  }
  return [bars, el("ol", {class: "timeline"}, days.map((d) => el("li", {"data-day": d.day},
    el("div", {class: "day"}, d.day),
    d.items.map((it) => {
      const span = spans[it.statement + " " + it.doc + " " + it.sentences[0]];
      const href = `/doc/${encodeURIComponent(it.doc)}?s=${it.sentences[0]}` + (span && span[1] > span[0] ? `&span=${span[0]}-${span[1]}` : "");
      return el("div", {class: "card tl-item"},
        el("div", {class: "head"}, entityLink(it.speaker), " ", el("span", {class: "cue"}, it.cue || "said"), " ",
          el("span", {class: "stance " + (it.stance || "")}, it.stance || "neutral")),
        el("p", {class: "content"}, it.content),
        el("div", {class: "meta muted"}, "in ", el("a", {href, class: "doclink", "data-doc": it.doc}, docTitle(page.docs, it.doc)), docMeta(page.docs, it.doc)));
    }))))];
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
  const curating = !!(await info()).curate;
  const note = el("div", {id: "curate-note"});
  // cur records a curation and shows the page as it now stands.
  const cur = curating ? async (op, body, question) => {
    if (question && !window.confirm(question)) return;
    note.replaceChildren(el("p", {class: "muted"}, "Applying…"));
    try {
      const ans = await api("/api/curate/" + op, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      if (op === "merge") history.pushState(null, "", entityHref(ans.entity.id));
      await entityView(op === "merge" ? ans.entity.id : id);
      document.getElementById("curate-note").replaceChildren(el("p", {class: "done"}, `Recorded: ${op} (${ans.stats.relinked} article(s) rewritten; later builds keep it).`));
    } catch (err) { note.replaceChildren(errorBox(err)); }
  } : null;
  const more = page.more || {};
  const moreNote = (k) => more[k] ? el("p", {class: "muted"}, `+${more[k]} more not shown`) : null;
  const sections = {
    said: [el("h2", {}, `Statements by ${e.name} (${page.said_by.length})`),
      page.said_by.length ? filtered(page.said_by.map((s) => statementCard(s, page.docs, "by", cur)), "Filter statements…", page.docs) : el("p", {class: "muted"}, "None recorded."),
      moreNote("said_by")],
    about: [el("h2", {}, `Statements about ${e.name} (${page.about.length})`),
      page.about.length ? filtered(page.about.map((s) => statementCard(s, page.docs, "about", cur)), "Filter statements…", page.docs) : el("p", {class: "muted"}, "None recorded."),
      moreNote("about")],
    relations: [el("h2", {}, `Relations (${page.relations.length})`),
      page.relations.length ? filtered(page.relations.map((f) => relationCard(f, page.docs, e.id, page.names, cur)), "Filter relations…") : el("p", {class: "muted"}, "None recorded."),
      moreNote("relations")],
  };
  const mapSection = el("section", {id: "map", class: "tab"}, el("h2", {}, "Neighbourhood"));
  const tabs = [
    ["said-by", `Said by (${page.said_by.length})`, el("section", {id: "said-by", class: "tab"}, sections.said)],
    ["about", `Said about (${page.about.length})`, el("section", {id: "about", class: "tab"}, sections.about)],
    ["relations", `Relations (${page.relations.length})`, el("section", {id: "relations", class: "tab"}, sections.relations)],
    ["timeline", `Timeline (${(page.timeline || []).length})`, el("section", {id: "timeline", class: "tab"},
      el("h2", {}, `What was said about ${e.name}, by date`), timelineSection(page), moreNote("timeline"))],
    ["map", "Map", mapSection],
  ];
  const bar = el("div", {class: "tabs", role: "tablist"});
  let mapDrawn = false;
  const select = (id) => {
    for (const [tid, , sec] of tabs) sec.hidden = tid !== id;
    for (const b of bar.children) b.setAttribute("aria-pressed", String(b.dataset.tab === id));
    if (id === "map" && !mapDrawn) { mapDrawn = true; mapView(mapSection, e, page.relations.map((f) => f.predicate)); }
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
    note, bar, tabs.map((t) => t[2]));
  const wanted = location.hash.slice(1);
  select(tabs.some((t) => t[0] === wanted) ? wanted
    : page.said_by.length ? "said-by" : page.about.length ? "about" : page.relations.length ? "relations" : "map");
  if (curating) main.append(curationPanel(e, cur));
}

// mapView draws the entity's neighbourhood: the SVG comes from the server
// (Graphviz via package export); this adds pan, zoom, filters, expanding
// nodes in place, selection and click-to-open. The map's state is in the
// page's address (?view=&expand=&hide=…#map), so a map can be linked to.
function mapView(box, ent, preds) {
  const given = new URLSearchParams(location.search);
  const list = (k) => (given.get(k) || "").split(",").filter(Boolean);
  const state = {view: given.get("view") || "both", depth: given.get("depth") || "1", max: given.get("max") || "60",
    types: new Set(list("type")), predicate: given.get("predicate") || "", cap: Number(given.get("cap")) || 10,
    expand: new Set(list("expand")), hide: new Set(list("hide")), click: "open"};
  const selected = new Set();
  const holder = el("div", {class: "mapbox", role: "img", "aria-label": "Map of " + ent.name + "'s neighbourhood"});
  const more = el("span", {class: "muted", id: "map-more"});
  const downloads = el("span", {class: "downloads"});
  const expandedList = el("div", {id: "map-expanded", class: "muted"});
  const selBar = el("span", {id: "map-selection"});
  const params = (format) => {
    const p = new URLSearchParams({view: state.view, depth: state.depth, max: state.max});
    if (format) p.set("format", format);
    if (state.types.size) p.set("type", [...state.types].join(","));
    if (state.predicate) p.set("predicate", state.predicate);
    if (state.expand.size) { p.set("expand", [...state.expand].join(",")); p.set("cap", String(state.cap)); }
    if (state.hide.size) p.set("hide", [...state.hide].join(","));
    return p;
  };
  const url = (format) => `/api/neighbors/${encodeURIComponent(ent.id)}?${params(format)}`;
  const pressed = (sel, attr, v) => { for (const b of box.querySelectorAll(sel)) b.setAttribute("aria-pressed", String(b.dataset[attr] === v)); };
  const controls = el("div", {class: "controls"},
    ["both", "relations", "statements"].map((v) => el("button", {type: "button", "aria-pressed": String(v === state.view), "data-view": v,
      onclick: () => { state.view = v; pressed("[data-view]", "view", v); load(); }}, v)),
    el("label", {}, " depth ", el("select", {onchange: (ev) => { state.depth = ev.target.value; load(); }},
      ["1", "2", "3"].map((d) => el("option", {selected: d === state.depth}, d)))),
    el("label", {}, " show ", el("select", {onchange: (ev) => { state.max = ev.target.value; load(); }},
      [...new Set(["20", "60", "150", "400", state.max])].sort((a, b) => a - b).map((d) => el("option", {selected: d === state.max}, d))), " entities"),
    el("button", {type: "button", onclick: () => zoom(1 / 1.3), "aria-label": "zoom in"}, "+"),
    el("button", {type: "button", onclick: () => zoom(1.3), "aria-label": "zoom out"}, "−"),
    el("button", {type: "button", onclick: () => reset()}, "fit"));
  const predList = [...new Set(["said", ...preds])].sort();
  const filterBar = el("div", {class: "controls"}, "types: ",
    ["PERSON", "ORG", "GPE", "LOC", "CONCEPT"].map((t) => el("label", {}, el("input", {type: "checkbox", value: t, checked: state.types.has(t),
      onchange: (ev) => { ev.target.checked ? state.types.add(t) : state.types.delete(t); load(); }}), " ", t, " ")),
    el("label", {}, "relation ", el("select", {id: "map-predicate", "aria-label": "relation", onchange: (ev) => { state.predicate = ev.target.value; load(); }},
      el("option", {value: ""}, "any"), predList.map((p) => el("option", {selected: p === state.predicate}, p)))));
  const clickBar = el("div", {class: "controls"}, "click a node to: ",
    [["open", "open it"], ["expand", "expand it here"], ["select", "select it"]].map(([v, label]) =>
      el("button", {type: "button", "data-click": v, "aria-pressed": String(v === state.click),
        onclick: () => { state.click = v; pressed("[data-click]", "click", v); }}, label)),
    el("button", {type: "button", id: "map-select-all", onclick: () => { for (const id of nodeIDs()) selected.add(id); marks(); }}, "select all"),
    selBar);
  // On a phone the filters and selection tools fold away, so the map shows.
  const narrow = window.matchMedia("(max-width: 640px)").matches;
  box.append(controls, el("details", {class: "mapopts", open: !narrow}, el("summary", {}, "filters, expand, select"), filterBar, clickBar),
    el("div", {class: "controls"}, more, downloads), expandedList, holder);
  let svg = null, vb = null, vb0 = null;

  function nodeIDs() {
    if (!svg) return [];
    return [...svg.querySelectorAll("g.node")].map(nodeID).filter(Boolean);
  }
  function nodeID(g) {
    const t = g.querySelector("title");
    return t && t.textContent.startsWith("ent/") ? t.textContent.slice(4) : null;
  }
  // marks shows the selection on the map and what can be done with it.
  function marks() {
    if (svg) for (const g of svg.querySelectorAll("g.node")) g.classList.toggle("selected", selected.has(nodeID(g)));
    const ids = [...selected];
    selBar.replaceChildren(el("span", {}, ids.length ? [`${ids.length} selected: `,
      el("button", {type: "button", onclick: () => { for (const id of ids) state.expand.add(id); selected.clear(); load(); }}, "expand"),
      el("button", {type: "button", onclick: () => { for (const id of ids) if (id !== ent.id) { state.hide.add(id); state.expand.delete(id); } selected.clear(); load(); }}, "hide"),
      el("button", {type: "button", onclick: () => { selected.clear(); marks(); }}, "clear")] : null,
      state.hide.size ? el("button", {type: "button", onclick: () => { state.hide.clear(); load(); }}, `show ${state.hide.size} hidden`) : null));
  }
  function apply() { if (svg && vb) svg.setAttribute("viewBox", vb.join(" ")); }
  function reset() { if (vb0) { vb = vb0.slice(); apply(); } }
  function zoom(f) {
    if (!vb) return;
    const cx = vb[0] + vb[2] / 2, cy = vb[1] + vb[3] / 2;
    vb = [cx - (cx - vb[0]) * f, cy - (cy - vb[1]) * f, vb[2] * f, vb[3] * f];
    apply();
  }
  // The map's state goes into the address, so that reloading or sharing it
  // shows the same map.
  function remember() {
    const p = new URLSearchParams(location.search);
    for (const k of ["view", "depth", "max", "type", "predicate", "expand", "cap", "hide"]) p.delete(k);
    for (const [k, v] of params("")) p.set(k, v);
    for (const [k, v] of [["view", "both"], ["depth", "1"], ["max", "60"]]) if (p.get(k) === v) p.delete(k);
    history.replaceState(null, "", location.pathname + (p.toString() ? "?" + p : "") + "#map");
  }
  async function load() {
    remember();
    downloads.replaceChildren(el("span", {}, "Download this view: ", ["svg", "png", "gexf", "csv"].map((f, i) =>
      [i ? " · " : "", el("a", {href: url(f), download: ent.id + "." + f}, f.toUpperCase())])));
    holder.replaceChildren(el("p", {class: "muted"}, "Drawing…"));
    more.textContent = "";
    let res;
    try {
      res = await fetch(url("svg"));
      if (!res.ok) { const b = await res.json(); throw new Error(b.error || res.statusText); }
    } catch (e) { holder.replaceChildren(errorBox(e)); return; }
    const n = Number(res.headers.get("X-More-Nodes") || 0);
    if (n > 0) more.textContent = `+${n} more not drawn — show more entities, filter, or expand a node. `;
    const expanded = [...new URLSearchParams(res.headers.get("X-Expanded") || "")].map(([id, v]) => {
      const [shown, rest] = v.split(",").map(Number);
      return {id, shown, more: rest};
    });
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
    const byID = new Map();
    for (const g of svg.querySelectorAll("g.node")) {
      const id = nodeID(g);
      if (!id) continue;
      byID.set(id, g);
      g.addEventListener("click", () => {
        if (moved) return;
        if (state.click === "select") { selected.has(id) ? selected.delete(id) : selected.add(id); marks(); return; }
        if (state.click === "expand") { state.expand.has(id) ? state.expand.delete(id) : state.expand.add(id); load(); return; }
        if (id !== ent.id) go(entityHref(id));
      });
    }
    // Each expanded node says in place how many neighbours it has beyond
    // the cap; the badge shows more of them.
    const showMore = () => { state.cap = Math.min(100, state.cap + 10); load(); };
    for (const x of expanded) {
      const g = byID.get(x.id);
      if (g && x.more > 0) {
        const b = g.getBBox();
        const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
        t.setAttribute("x", b.x + b.width + 4); t.setAttribute("y", b.y + 10);
        t.setAttribute("class", "more-badge");
        t.textContent = `+${x.more} more`;
        t.addEventListener("click", (ev) => { ev.stopPropagation(); showMore(); });
        g.after(t);
      }
    }
    const name = (id) => { const g = byID.get(id); const t = g && g.querySelector("text"); return t ? t.textContent : id; };
    expandedList.replaceChildren(...(expanded.length ? [el("span", {}, "Expanded: ", expanded.map((x, i) => [i ? "; " : "",
      el("b", {}, name(x.id)), ` ${x.shown} added`, x.more ? [`, +${x.more} more `, el("button", {type: "button", onclick: showMore}, "show more")] : "",
      " ", el("button", {type: "button", onclick: () => { state.expand.delete(x.id); load(); }}, "collapse")]))] : []));
    for (const id of selected) if (!byID.has(id)) selected.delete(id);
    marks();
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

// curationPanel offers merge, split and retype on a server started with
// --curate; facts are marked wrong on their cards.
function curationPanel(e, cur) {
  const into = el("input", {placeholder: "id of the entity to merge into", "aria-label": "merge into"});
  const name = el("input", {placeholder: "a name of " + e.name, "aria-label": "name to split off"});
  const type = el("select", {"aria-label": "new type"}, ["PERSON", "ORG", "GPE", "LOC", "CONCEPT"].map((t) => el("option", {selected: t === e.type}, t)));
  return el("section", {id: "curate"}, el("h2", {}, "Curate"),
    el("p", {class: "muted"}, "Corrections are recorded in the store and kept by later builds. Mark a statement or relation wrong with the buttons on its card."),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); cur("merge", {id: e.id, into: into.value.trim()}); }},
      el("label", {}, "merge " + e.name + " into", into), el("button", {type: "submit"}, "Merge")),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); cur("split", {id: e.id, name: name.value.trim()}); }},
      el("label", {}, "split off the references named", name), el("button", {type: "submit"}, "Split")),
    el("form", {class: "qform", onsubmit: (ev) => { ev.preventDefault(); cur("retype", {id: e.id, type: type.value}); }},
      el("label", {}, "retype as", type), el("button", {type: "submit"}, "Retype")));
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
