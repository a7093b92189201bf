/*
 * Enter in a one-line field of the back office presses the button that follows the field in its form, the one a
 * person sees beside it ("Add the tag" after the tag field, "Log the call" after the call note), not the form's first
 * button: pages hold several actions in one form, and Enter in a call note sent a reply to the candidate, Enter in
 * the tag field saved the details. A form with a single button keeps the browser's own behaviour; a field with no
 * button after it submits nothing, and so does a field whose buttons come before it (data-enter="none": the reason
 * under a table's per-row "Refuse" buttons, which one it is for only a click can say). Fields that use Enter
 * themselves (an open suggestion list, a date picker's calendar) are left alone.
 */
(function () {
    var TEXT_TYPES = ['text', 'email', 'tel', 'number', 'search', 'url', 'password', 'date', 'time',
        'datetime-local', 'month', 'week'];

    function submitButtons(form) {
        return Array.prototype.filter.call(form.querySelectorAll('button, input[type=submit]'), function (button) {
            return (button.type === 'submit' || button.tagName === 'INPUT') && !button.disabled
                && button.offsetParent !== null;
        });
    }

    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey
            || event.metaKey || !field || field.tagName !== 'INPUT'
            || TEXT_TYPES.indexOf((field.type || 'text').toLowerCase()) < 0
            || field.getAttribute('aria-expanded') === 'true' || !field.form) {
            return;
        }
        if (field.getAttribute('data-enter') === 'none') {
            event.preventDefault();
            return;
        }
        var buttons = submitButtons(field.form);
        if (buttons.length <= 1) {
            return;
        }
        event.preventDefault();
        for (var i = 0; i < buttons.length; i++) {
            if (field.compareDocumentPosition(buttons[i]) & Node.DOCUMENT_POSITION_FOLLOWING) {
                buttons[i].click();
                return;
            }
        }
    }, true);
})();
