// Slug suggestions on the newsroom's section, tag and author forms. The forms work without this script (an empty
// slug is made from the name when saved); with it, a slug field marked data-slug-from="<id of the name field>" shows
// the slug the name would get, while it is empty or still holds the last suggestion.
(function () {
  'use strict';
  document.querySelectorAll('input[data-slug-from]').forEach(function (slug) {
    var source = document.getElementById(slug.dataset.slugFrom);
    if (!source) {
      return;
    }
    var suggested = null;
    source.addEventListener('change', function () {
      if (slug.value && slug.value !== suggested) {
        return;
      }
      fetch('/newsroom/slug?text=' + encodeURIComponent(source.value), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) { if (d) { suggested = d.slug; slug.value = d.slug; } });
    });
  });
}());
