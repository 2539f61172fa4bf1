// Tells what the browser drew, for the report's own test: lanes with a height, failed checks in view.
window.addEventListener('load', function () {
  var lanes = Array.prototype.filter.call(document.querySelectorAll('.timeline .lane'), function (lane) {
    return lane.getBoundingClientRect().height > 0;
  });
  var failed = Array.prototype.filter.call(document.querySelectorAll('.check-fail circle'), function (mark) {
    return mark.getBoundingClientRect().width > 0;
  });
  document.body.setAttribute('data-rendered-lanes', String(lanes.length));
  document.body.setAttribute('data-rendered-failed-checks', String(failed.length));
  if (failed.length > 0) {
    // a point inside the first failed mark's red disc, clear of its white cross
    var r = failed[0].getBoundingClientRect();
    document.body.setAttribute('data-failed-check-at',
        Math.round(r.left + r.width / 2) + ',' + Math.round(r.top + r.height * 0.15));
  }
});
