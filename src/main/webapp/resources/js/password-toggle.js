/*
 * The eye beside a password field (PrimeFaces' toggleMask) is a switch: "Show the password", on when the password
 * is shown. PrimeFaces names it in English whatever the page's language and reports it "on" while the password is
 * hidden; a screen reader then says the opposite of what is on the screen. The page gives the switch's name in its
 * language (data-show-label on the field), and its state follows what the field shows, after every toggle.
 */
(function () {
    function fieldOf(icon) {
        return icon.parentElement ? icon.parentElement.querySelector('input') : null;
    }

    function describe(icon) {
        var field = fieldOf(icon);
        if (!field) {
            return;
        }
        var label = field.getAttribute('data-show-label');
        if (label) {
            icon.setAttribute('aria-label', label);
        }
        icon.setAttribute('aria-checked', field.type === 'text' ? 'true' : 'false');
    }

    function describeAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-password-icon'), describe);
    }

    // After PrimeFaces' own handlers (bound on the icon), which toggle the field and rewrite the attributes.
    ['click', 'keydown'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var icon = event.target && event.target.closest ? event.target.closest('.ui-password-icon') : null;
            if (icon) {
                describe(icon);
            }
        });
    });
    // PrimeFaces sets its widgets up when the document is ready; the page's load comes after.
    window.addEventListener('load', describeAll);
    if (document.readyState === 'complete') {
        describeAll();
    }
})();
