/*
 * Demo mode only: a demo account's button on the sign-in page fills the form with its e-mail and the demo password,
 * and moves the focus to the sign-in button, so that Enter or a second click signs in.
 */
(function () {
    'use strict';

    function fill(field, value) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-demo-email]');
        if (!button) {
            return;
        }
        fill(document.getElementById('signin:email'), button.getAttribute('data-demo-email'));
        fill(document.getElementById('signin:password'), button.getAttribute('data-demo-password'));
        var status = document.getElementById('demo-account-filled');
        if (status) {
            status.textContent = status.getAttribute('data-filled') + ' ' + button.getAttribute('data-demo-email');
        }
        document.getElementById('signin:submit').focus();
    });
}());
