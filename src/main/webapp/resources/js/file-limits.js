/*
 * A file too large is said as soon as it is chosen, not after it is sent: the server refuses a request beyond its
 * address's limit (413) without reading it, and the person would lose all they typed in the form, on a phone abroad
 * after minutes of upload; a staff member would wait for a 30 MB logo to go up before being told it is too large.
 * Both templates load this script, and every file field sits in a container marked data-max-bytes (and
 * data-too-large, the message in the page's language), which checks each file chosen in it: the field is emptied and
 * the message written beside it and announced, the file's size where the message says {size} (in megabytes of a
 * million bytes, rounded up, as the server says it). One marked data-request-limit (and data-request-too-large, the
 * total put where it says {size}) also checks the files' total before the form is sent. The server's own check stays
 * the one that counts.
 */
(function () {
    function messageBeside(input) {
        var id = input.id + '-size';
        var message = document.getElementById(id);
        if (!message) {
            message = document.createElement('p');
            message.id = id;
            message.className = 'field-error';
            message.setAttribute('role', 'alert');
            input.insertAdjacentElement('afterend', message);
            var described = input.getAttribute('aria-describedby');
            input.setAttribute('aria-describedby', described ? described + ' ' + id : id);
        }
        return message;
    }

    /** "12,6" or "12.6": the size in megabytes, rounded up to a tenth so that a file over "8" never reads "8". */
    function megabytes(bytes) {
        return (Math.ceil(bytes / 100000) / 10).toLocaleString(document.documentElement.lang || 'fr',
            {maximumFractionDigits: 1});
    }

    function files(input) {
        return Array.prototype.slice.call(input.files || []);
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        var limits = input.type === 'file' && input.closest('[data-max-bytes]');
        if (!limits) {
            return;
        }
        var tooLarge = files(input).filter(function (file) {
            return file.size > Number(limits.getAttribute('data-max-bytes'));
        })[0];
        if (tooLarge) {
            input.value = '';
        }
        if (tooLarge || document.getElementById(input.id + '-size')) {
            messageBeside(input).textContent = tooLarge
                ? limits.getAttribute('data-too-large').replace('{size}', megabytes(tooLarge.size)) : '';
        }
    });

    document.addEventListener('submit', function (event) {
        event.target.querySelectorAll('[data-request-limit]').forEach(function (limits) {
            var inputs = Array.prototype.slice.call(limits.querySelectorAll('input[type=file]'));
            var total = inputs.reduce(function (sum, input) {
                return sum + files(input).reduce(function (bytes, file) { return bytes + file.size; }, 0);
            }, 0);
            if (total > Number(limits.getAttribute('data-request-limit')) && inputs.length) {
                event.preventDefault();
                messageBeside(inputs[0]).textContent = limits.getAttribute('data-request-too-large')
                    .replace('{size}', megabytes(total));
                inputs[0].focus();
            }
        });
    }, true);
})();
