/*
 * A form marked data-send-once is sent once: a second tap while a slow upload is on its way (a phone abroad) is
 * ignored, and the button says the form is being sent. The button is not disabled before the first sending, which
 * would leave its name out of what is sent. A page shown again from the browser's history can be sent again.
 */
(function () {
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute || !form.hasAttribute('data-send-once')) {
            return;
        }
        if (form.getAttribute('data-sending') === 'true') {
            event.preventDefault();
            return;
        }
        form.setAttribute('data-sending', 'true');
        form.setAttribute('aria-busy', 'true');
        var sending = form.getAttribute('data-sending-text');
        Array.prototype.forEach.call(form.querySelectorAll('input[type=submit], button[type=submit]'), function (button) {
            if (sending && button.tagName === 'INPUT') {
                window.setTimeout(function () { button.value = sending; }, 0);
            } else if (sending) {
                // PrimeFaces' buttons hold their words in a span of their own.
                var words = button.querySelector('.ui-button-text') || button;
                button.setAttribute('data-words', words.textContent);
                window.setTimeout(function () { words.textContent = sending; }, 0);
            }
        });
    }, true);
    window.addEventListener('pageshow', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-send-once]'), function (form) {
            form.removeAttribute('data-sending');
            form.removeAttribute('aria-busy');
            Array.prototype.forEach.call(form.querySelectorAll('button[data-words]'), function (button) {
                (button.querySelector('.ui-button-text') || button).textContent = button.getAttribute('data-words');
                button.removeAttribute('data-words');
            });
        });
    });
})();
