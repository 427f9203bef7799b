// The work-record form's 带队领导 list follows its organization and date: on a change of an element with data-leaders-for
// (the organization select, the date), asks the page's Leaders handler (data-leaders-url on the organization select) for
// the leaders of that organization on that date and rebuilds the list's options as text, marking the list with the
// organization's id (data-leaders-org). A leader still in the list stays chosen. Without script the "更换" button (data-leaders-button) does the same by a server round-trip; with script it is hidden.
(function () {
  'use strict';

  function refresh(source) {
    var form = source.form;
    var org = form && form.querySelector('[data-leaders-url]');
    var list = document.getElementById(source.getAttribute('data-leaders-for'));
    if (!org || !list || !org.value) { return; }
    var date = form.querySelector('input[type="date"][data-leaders-for]');
    var url = org.getAttribute('data-leaders-url') + '&org=' + encodeURIComponent(org.value) +
      (date && date.value ? '&on=' + encodeURIComponent(date.value) : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (leaders) {
        var chosen = list.value;
        while (list.options.length > 1) { list.remove(1); }
        leaders.forEach(function (leader) {
          var option = document.createElement('option');
          option.value = String(leader.id);
          option.textContent = leader.name + '（' + leader.post + '）';
          option.setAttribute('data-name', leader.name);
          option.selected = String(leader.id) === chosen;
          list.appendChild(option);
        });
        list.setAttribute('data-leaders-org', org.value);
      })
      .catch(function () { /* the list stays as it was; the 更换 button still refreshes it */ });
  }

  document.addEventListener('change', function (e) {
    var target = e.target;
    if (target && target.getAttribute && target.getAttribute('data-leaders-for')) { refresh(target); }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-leaders-button]').forEach(function (button) { button.hidden = true; });
  });
})();
