/*
 * A public form that came back refused: its summary of what is wrong (form-errors.xhtml) takes the focus on load and
 * the page's title says so, so that a screen reader reads it first and a phone shows it; each link of the summary
 * puts the focus in its field (a widget's own input when the message's id is the widget's). A form that went through
 * does the same with its confirmation (marked data-done-title), which would otherwise sit below the fold of a phone
 * with the focus left at the top of the page.
 */
(function () {
    function field(id) {
        var element = document.getElementById(id);
        if (!element) {
            return null;
        }
        // A message given to a hidden input (a showcase photo, taken or chosen) leads to the field it stands for.
        if (element.type === 'hidden') {
            var group = element.closest('.field, fieldset');
            return group && group.querySelector('input:not([type=hidden]), select, textarea');
        }
        if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(element.tagName)) {
            return element;
        }
        return document.getElementById(id + '_input') || document.getElementById(id + '_hinput')
            || element.querySelector('input, select, textarea, [tabindex]');
    }

    document.addEventListener('DOMContentLoaded', function () {
        // A form whose answer comes back as messages below the fold (a file sent from a phone): they take the focus,
        // the first of a page's forms that has something to say (the others' stay empty).
        var result = Array.prototype.find.call(document.querySelectorAll('main [data-focus-when-filled]'),
            function (filled) { return filled.textContent.trim(); });
        if (result) {
            result.focus();
        }
        var done = document.querySelector('main [data-done-title]');
        if (done) {
            document.title = done.getAttribute('data-done-title') + ' ' + document.title;
            done.focus();
        }
        var summary = document.getElementById('form-errors');
        if (!summary) {
            return;
        }
        document.title = summary.getAttribute('data-title') + ' ' + document.title;
        summary.focus();
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[data-field]');
            var target = link && field(link.getAttribute('data-field'));
            if (target) {
                event.preventDefault();
                target.focus();
            }
        });
    });
}());
