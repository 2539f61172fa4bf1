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
});
