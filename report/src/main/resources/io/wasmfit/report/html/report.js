// wasmfit report: sorting, filtering and expanding. Reads the table the page already has; no data of its own.
(function () {
  'use strict';
  var table = document.getElementById('candidate-table');
  if (!table) {
    return;
  }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var details = Array.prototype.slice.call(document.querySelectorAll('details.candidate'));
  var detailByIndex = {};
  details.forEach(function (d) { detailByIndex[d.getAttribute('data-index')] = d; });
  var filter = document.getElementById('filter');
  var verdictFilter = document.getElementById('verdict-filter');
  var triggerFilter = document.getElementById('trigger-filter');
  var shown = document.getElementById('shown');
  var noMatch = document.getElementById('no-match');

  function value(row, key, type) {
    var raw = row.dataset[key];
    return type === 'num' ? Number(raw) : (raw || '').toLowerCase();
  }

  function sortBy(th) {
    var key = th.dataset.key;
    var type = th.dataset.type;
    var current = th.getAttribute('aria-sort');
    // numbers read best high-to-low first, text A-to-Z first; a second click reverses
    var first = type === 'num' && key !== 'index' ? 'descending' : 'ascending';
    var next = current === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
    var sign = next === 'ascending' ? 1 : -1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', next);
    var sorted = rows.slice().sort(function (a, b) {
      var x = value(a, key, type);
      var y = value(b, key, type);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return order !== 0 ? sign * order : Number(a.dataset.index) - Number(b.dataset.index);
    });
    sorted.forEach(function (row) { tbody.appendChild(row); });
  }

  function applyFilter() {
    var terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var verdict = verdictFilter.value;
    var trigger = triggerFilter.value;
    var count = 0;
    rows.forEach(function (row) {
      var search = row.dataset.search || '';
      var match = terms.every(function (t) { return search.indexOf(t) >= 0; })
        && (!verdict || row.dataset.verdict === verdict)
        && (!trigger || row.dataset.triggerType === trigger);
      row.hidden = !match;
      var detail = detailByIndex[row.dataset.index];
      if (detail) {
        detail.hidden = !match;
      }
      if (match) {
        count++;
      }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
    noMatch.hidden = count !== 0;
  }

  function openFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
    }
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var button = th.querySelector('button');
    if (button) {
      button.addEventListener('click', function () { sortBy(th); });
    }
  });
  filter.addEventListener('input', applyFilter);
  verdictFilter.addEventListener('change', applyFilter);
  triggerFilter.addEventListener('change', applyFilter);
  window.addEventListener('hashchange', openFromHash);
  openFromHash();

  function setAll(open) {
    details.forEach(function (d) { d.open = open; });
  }
  document.getElementById('expand-all').addEventListener('click', function () { setAll(true); });
  document.getElementById('collapse-all').addEventListener('click', function () { setAll(false); });

  // a printed report shows every candidate in full, then the page goes back to how it was
  var openBeforePrint = null;
  window.addEventListener('beforeprint', function () {
    openBeforePrint = details.map(function (d) { return d.open; });
    setAll(true);
  });
  window.addEventListener('afterprint', function () {
    if (openBeforePrint) {
      details.forEach(function (d, i) { d.open = openBeforePrint[i]; });
      openBeforePrint = null;
    }
  });
}());
