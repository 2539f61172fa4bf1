// Tells what the browser drew, for the report's own test: lanes with a height, failed checks in view,
// and the labels of each lane (the lab's strip too), which must not print over one another.
window.addEventListener('load', function () {
  var lanes = Array.prototype.filter.call(document.querySelectorAll('.timeline .lane'), function (lane) {
    return lane.getBoundingClientRect().height > 0;
  });
  var failed = Array.prototype.filter.call(document.querySelectorAll('.check-fail circle'), function (mark) {
    return mark.getBoundingClientRect().width > 0;
  });
  var labels = 0;
  var overlapping = [];
  Array.prototype.forEach.call(document.querySelectorAll('.timeline .lane, .timeline .strip'), function (lane) {
    var boxes = Array.prototype.map.call(lane.querySelectorAll('text'), function (text) {
      return { text: text.textContent, box: text.getBoundingClientRect() };
    }).filter(function (label) {
      return label.box.width > 0;
    });
    labels += boxes.length;
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i].box;
        var b = boxes[j].box;
        // half a pixel of touching is not printing over
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
            && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) {
          overlapping.push(boxes[i].text + ' | ' + boxes[j].text);
        }
      }
    }
  });
  document.body.setAttribute('data-rendered-labels', String(labels));
  document.body.setAttribute('data-overlapping-labels', String(overlapping.length));
  document.body.setAttribute('data-overlapping-label-pairs', overlapping.join('; '));
  document.body.setAttribute('data-rendered-lanes', String(lanes.length));
  document.body.setAttribute('data-rendered-failed-checks', String(failed.length));
  if (failed.length > 0) {
    // a point inside the first failed mark's red disc, clear of its white cross
    var r = failed[0].getBoundingClientRect();
    document.body.setAttribute('data-failed-check-at',
        Math.round(r.left + r.width / 2) + ',' + Math.round(r.top + r.height * 0.15));
  }
});
