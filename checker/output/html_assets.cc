#include "checker/output/html_assets.h"

namespace reportlint {

const char kHtmlPageCss[] = R"css(
:root { --error: #c62828; --error-bg: #ffd7d5; --warning: #a15c00; --warning-bg: #ffe9b3;
        --info: #1565c0; --info-bg: #d6e8ff; --line: #d0d4da; --muted: #5f6670; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
       "PingFang SC", sans-serif; color: #1d2125; background: #f4f5f7;
       display: flex; flex-direction: column; }
#run { order: -2; background: #24333f; color: #fff; padding: 10px 20px; }
#run h1 { font-size: 18px; margin: 0; display: inline; }
#run .summary { margin-left: 1em; }
#run label { margin-left: 1em; white-space: nowrap; }
#index { order: -1; margin: 16px 20px 0; background: #fff; border: 1px solid var(--line);
         padding: 8px 12px; }
#index table { border-collapse: collapse; width: 100%; }
#index th, #index td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; }
#index th { cursor: pointer; user-select: none; background: #eef0f3; }
#index th[data-order="asc"]::after { content: " ▲"; }
#index th[data-order="desc"]::after { content: " ▼"; }
#index td.num, #index th.num { text-align: right; }
#index input { margin: 4px 0 8px; padding: 3px 6px; width: 22em; }
.report { margin: 16px 20px; background: #fff; border: 1px solid var(--line); }
.report-head { padding: 12px 20px; border-bottom: 1px solid var(--line); }
.report-head h2 { margin: 0 0 6px; font-size: 20px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.counts span { display: inline-block; margin-right: 1em; font-weight: bold; }
.count-error { color: var(--error); } .count-warning { color: var(--warning); }
.count-info { color: var(--info); }
.unreadable { color: var(--error); padding: 12px 20px; }
.body { display: grid; grid-template-columns: 15em minmax(0, 1fr) 22em; }
.outline, .list { padding: 8px 12px; font-size: 13px; border-right: 1px solid var(--line);
                  position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
.list { border-right: 0; border-left: 1px solid var(--line); }
.outline ol, .list ol { padding-left: 1.2em; margin: 0; }
.outline .level-2 { margin-left: 1em; } .outline .level-3 { margin-left: 2em; }
.outline .level-4 { margin-left: 3em; }
.outline .missing a { color: var(--error); }
.outline h3, .list h3 { font-size: 14px; margin: 4px 0; }
.list li { margin-bottom: 6px; }
.list li.sev-error::marker { color: var(--error); } .list li.sev-warning::marker { color: var(--warning); }
.list li.sev-info::marker { color: var(--info); }
.list .rule { color: var(--muted); font-size: 12px; }
.text { padding: 12px 24px; min-width: 0; }
.text p { margin: 0 0 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
.text h3, .text h4, .text h5, .text h6 { margin: 14px 0 6px; }
.text .image { color: var(--muted); }
.whole { padding: 8px 20px; background: #fff7f6; border-bottom: 1px solid var(--line); }
.whole h3 { font-size: 14px; margin: 4px 0; }
.card { border-left: 4px solid var(--line); padding: 4px 10px; margin: 6px 0; cursor: pointer;
        background: #fff; }
.card.sev-error { border-color: var(--error); } .card.sev-warning { border-color: var(--warning); }
.card.sev-info { border-color: var(--info); }
mark.hl { background: var(--info-bg); color: inherit; cursor: pointer; border-radius: 2px; }
mark.hl.sev-warning { background: var(--warning-bg); }
mark.hl.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.hl.active, .finding.active, .card.active { outline: 2px solid #222; }
.badge { display: inline-block; min-width: 1.5em; padding: 0 3px; margin: 0 2px;
           font-size: 11px; line-height: 1.5; text-align: center; vertical-align: super;
           color: #fff; border-radius: 8px; cursor: pointer; font-weight: bold; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
table.grid { border-collapse: collapse; margin: 8px 0 12px; font-size: 13px; }
table.grid td { border: 1px solid #9aa1a9; padding: 2px 6px; vertical-align: top; }
table.grid td.label { background: #f3f5f7; }
table.grid td.bad { background: var(--error-bg); outline: 2px solid var(--error); }
table.grid td.bad.sev-warning { background: var(--warning-bg); outline-color: var(--warning); }
table.grid td.part.active { outline: 2px dashed var(--error); background: #fff3e0; }
table.grid td.group { background: #f3f5f7; font-weight: bold; }
.computed { display: block; font-size: 11px; color: var(--error); white-space: nowrap; }
#panel { position: fixed; right: 16px; bottom: 16px; width: 30em; max-height: 60vh; overflow: auto;
         background: #fff; border: 1px solid #555; box-shadow: 0 4px 18px rgba(0,0,0,.25);
         padding: 10px 14px; z-index: 10; }
#panel .close { float: right; cursor: pointer; border: 0; background: none; font-size: 18px; }
.detail .msg { font-weight: bold; margin: 0 0 6px; }
.detail table { border-collapse: collapse; font-size: 13px; }
.detail th, .detail td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; }
.detail th { white-space: nowrap; vertical-align: top; }
.detail .sev { font-weight: bold; }
.corpus { margin: 16px 20px; background: #fff; border: 1px solid var(--line); padding: 8px 12px; }
.corpus table { border-collapse: collapse; width: 100%; font-size: 13px; }
.corpus td, .corpus th { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; }
footer { order: 10; color: var(--muted); font-size: 12px; padding: 8px 20px; }
body.hide-error .sev-error.finding, body.hide-warning .sev-warning.finding,
body.hide-info .sev-info.finding, body.hide-error .list .sev-error,
body.hide-warning .list .sev-warning, body.hide-info .list .sev-info { display: none; }
body.hide-error mark.sev-error, body.hide-warning mark.sev-warning,
body.hide-info mark.sev-info { background: none; box-shadow: none; }
body.hide-error td.bad.sev-error, body.hide-warning td.bad.sev-warning,
body.hide-info td.bad.sev-info { background: none; outline: none; }
body.hide-error .computed.sev-error, body.hide-warning .computed.sev-warning,
body.hide-info .computed.sev-info { display: none; }
@media (max-width: 1100px) { .body { grid-template-columns: minmax(0, 1fr); }
  .outline, .list { position: static; max-height: none; border: 0; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  #run label, #index input, #panel, .outline { display: none !important; }
  #run { background: none; color: #000; border-bottom: 2px solid #000; }
  .report { border: 0; margin: 0; }
  .report + .report { break-before: page; }
  .body { display: block; }
  .list { position: static; max-height: none; border: 0; border-top: 1px solid #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.grid { break-inside: auto; } table.grid tr { break-inside: avoid; }
}
)css";

const char kHtmlPageScript[] = R"js(
(function () {
  'use strict';
  var panel = document.getElementById('panel');
  function clearActive() {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
  }
  function show(id, scroll) {
    var f = document.getElementById(id);
    var d = document.getElementById('d-' + id);
    if (!f || !d) return;
    clearActive();
    f.classList.add('active');
    document.querySelectorAll('[data-for~="' + id + '"]').forEach(function (e) {
      e.classList.add('active');
    });
    panel.querySelector('.content').innerHTML = d.innerHTML;
    panel.hidden = false;
    panel.setAttribute('data-showing', id);
    if (scroll && f.scrollIntoView) f.scrollIntoView({block: 'center'});
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('#panel .close')) { panel.hidden = true; clearActive(); return; }
    var t = e.target.closest('[data-rule], [data-show], mark[data-for]');
    if (!t || t.closest('#panel')) return;
    var id = t.hasAttribute('data-rule') ? t.id
           : t.getAttribute('data-show') || t.getAttribute('data-for').split(' ')[0];
    e.preventDefault();
    show(id, !t.hasAttribute('data-rule'));
    if (history.replaceState) history.replaceState(null, '', '#' + id);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { panel.hidden = true; clearActive(); }
    if (e.key === 'Enter' && document.activeElement &&
        document.activeElement.hasAttribute('data-rule')) document.activeElement.click();
  });
  document.querySelectorAll('#run input[data-severity]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-severity'), !box.checked);
    });
  });
  var index = document.querySelector('#index table');
  if (index) {
    var body = index.tBodies[0];
    index.querySelectorAll('th').forEach(function (th, col) {
      th.addEventListener('click', function () {
        var asc = th.getAttribute('data-order') !== 'asc';
        index.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-order'); });
        th.setAttribute('data-order', asc ? 'asc' : 'desc');
        var num = th.classList.contains('num');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          var c = num ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh');
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filter = document.getElementById('index-filter');
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf('click=') === 0) {
    var target = document.getElementById(hash.slice(6));
    if (target) target.click();  // no scrolling: a screenshot shows the page from its top
  } else if (hash && document.getElementById('d-' + hash)) {
    show(hash, true);
  }
})();
)js";

}  // namespace reportlint
