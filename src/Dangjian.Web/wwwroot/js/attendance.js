// The attendance list of the meeting forms: a name search (by name, pinyin or initials) and a running count of who is
// marked absent or on leave. Without this file the list still works: every row shows and the radios post as they are.
(function () {
  var box = document.querySelector('[data-attendance-search]');
  var table = box && document.getElementById(box.getAttribute('data-attendance-search'));
  if (!table) { return; }
  var count = document.getElementById('attendance-count');
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));

  function checked(status) { return table.querySelectorAll('input[type=radio][value=' + status + ']:checked').length; }

  function recount() {
    if (!count) { return; }
    count.textContent = '应到' + (rows.length - checked('NotDue')) + '人，缺席' + checked('Absent') + '人，请假' + checked('OnLeave') + '人';
  }

  box.hidden = false;
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase().replace(/\s+/g, '');
    rows.forEach(function (tr) {
      var text = ((tr.getAttribute('data-name') || '') + ' ' + (tr.getAttribute('data-pinyin') || '')).toLowerCase();
      tr.hidden = q !== '' && text.replace(/\s+/g, '').indexOf(q) < 0 && text.indexOf(q) < 0;
    });
  });
  // Enter in the search box finds, it does not send the form.
  box.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); } });
  table.addEventListener('change', recount);
  recount();
})();
