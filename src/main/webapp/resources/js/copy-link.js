/*
 * A tracked link's copy button (<button data-copy="id of the field" data-copied="Copied">): copies the link in the
 * field beside it and says so on the button, for a moment. Where the clipboard is not available (a page not served
 * over HTTPS), the link is selected for the person to copy.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var label = button.textContent;
    var copied = function () {
        button.textContent = button.getAttribute('data-copied');
        window.setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(copied, function () { field.select(); });
    } else {
        field.select();
    }
});
