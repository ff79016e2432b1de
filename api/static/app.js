// The pressner page: sends the text to /v1/extract and draws the result.
// Every piece of text from the release or the result goes in through textContent or
// createTextNode, never innerHTML: a release containing markup is shown, not run.
"use strict";

const LABELS = ["DATE", "PERSON", "TITLE", "ORG", "REGION"];

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function setStatus(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

// Offsets from the server count Unicode code points; JS strings count UTF-16 units,
// so slice an array of code points to stay aligned past astral characters.
function renderText(text, entities) {
  const box = document.getElementById("rendered");
  box.replaceChildren();
  const chars = Array.from(text);
  let pos = 0;
  for (const ent of [...entities].sort((a, b) => a.start - b.start)) {
    if (ent.start < pos) continue;
    if (ent.start > pos) box.appendChild(document.createTextNode(chars.slice(pos, ent.start).join("")));
    const mark = el("mark", null, `ent ent-${ent.label}`);
    mark.dataset.label = ent.label;
    mark.title = ent.value ? `${ent.label}: ${ent.value}` : ent.label;
    mark.appendChild(document.createTextNode(chars.slice(ent.start, ent.end).join("")));
    mark.appendChild(el("span", ent.label, "ent-label"));
    box.appendChild(mark);
    pos = ent.end;
  }
  if (pos < chars.length) box.appendChild(document.createTextNode(chars.slice(pos).join("")));
}

function fillTable(id, rows, columns, emptyText) {
  const body = document.querySelector(`#${id} tbody`);
  body.replaceChildren();
  if (!rows.length) {
    const td = el("td", emptyText, "empty");
    td.colSpan = columns;
    body.appendChild(el("tr")).appendChild(td);
    return;
  }
  for (const cells of rows) {
    const tr = el("tr");
    for (const cell of cells) tr.appendChild(el("td", cell));
    body.appendChild(tr);
  }
}

function spanText(ref) {
  if (!ref) return "";
  return ref.value && ref.value !== ref.text ? `${ref.text} (${ref.value})` : ref.text;
}

function render(text, result) {
  renderText(text, result.entities);
  fillTable("entities", result.entities.map((e) => [e.label, e.text, e.value ?? "",
    `${e.start}–${e.end}`, e.source ?? ""]), 5, "No entities found.");
  fillTable("roles", result.roles.map((r) => [spanText(r.person_span), spanText(r.title_span),
    spanText(r.org_span)]), 3, "No roles found.");
  fillTable("groups", result.region_groups.map((g) => [
    Array.from(text).slice(g.start, g.end).join(""), g.stated_count ?? "",
    g.members.map(spanText).join("; "), g.count_matches === null || g.count_matches === undefined
      ? "" : String(g.count_matches)]), 4, "No region groups found.");
  const date = result.doc_date ? `document date ${result.doc_date} (${result.doc_date_source})` : "no document date";
  document.getElementById("meta").textContent =
    `Language ${result.lang}; ${date}; ${result.entities.length} entities; ${result.timing_ms ?? "?"} ms.`;
  document.getElementById("results").hidden = false;
}

async function submit(event) {
  event.preventDefault();
  const text = document.getElementById("text").value;
  const body = { text };
  const lang = document.getElementById("lang").value;
  const docDate = document.getElementById("doc-date").value;
  if (lang) body.lang = lang;
  if (docDate) body.doc_date = docDate;
  const headers = { "Content-Type": "application/json" };
  const key = document.getElementById("api-key").value;
  if (key) headers["X-API-Key"] = key;
  const button = document.getElementById("submit");
  button.disabled = true;
  setStatus("Extracting…", false);
  try {
    const resp = await fetch("/v1/extract", { method: "POST", headers, body: JSON.stringify(body) });
    const data = await resp.json().catch(() => null);
    if (!resp.ok) {
      const err = data && data.error ? `${data.error.code}: ${data.error.message}` : `HTTP ${resp.status}`;
      setStatus(`Error ${err}`, true);
      return;
    }
    render(text, data);
    setStatus("", false);
  } catch (e) {
    setStatus(`Request failed: ${e}`, true);
  } finally {
    button.disabled = false;
  }
}

function legend() {
  const box = document.getElementById("legend");
  for (const label of LABELS) box.appendChild(el("span", label, `ent-${label}`));
}

document.addEventListener("DOMContentLoaded", () => {
  legend();
  document.getElementById("form").addEventListener("submit", submit);
});
