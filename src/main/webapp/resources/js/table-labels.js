/*
 * On a phone, a table of several columns becomes one card a row (tremplin.css, .simple-table and .stack-on-phone),
 * each cell led by its column's name, which the cell then needs as data-label: copied here from the column's heading,
 * for the tables on the page and those an update brings, so that no page has to repeat its headings on every cell.
 * A cell is matched to its heading by the columns it starts at (a cell spanning columns counts each); a cell that
 * spans several columns, one that already names itself, and a column headed by a mark rather than a word ("—", a
 * buttons' column) keep theirs.
 *
 * A report's table of figures scrolls sideways in a box of its own (.table-scroll), which the keyboard must reach
 * when, and only when, there is something to scroll: a tab stop on a box that holds its table whole is one stop too
 * many on every report.
 */
(function () {
    var TABLES = 'table.simple-table, table.stack-on-phone';

    function headingsByColumn(table) {
        var row = table.querySelector('thead tr');
        var columns = [];
        if (row) {
            Array.prototype.forEach.call(row.cells, function (heading) {
                for (var i = 0; i < heading.colSpan; i++) {
                    columns.push(heading.colSpan === 1 ? heading : null);
                }
            });
        }
        return columns;
    }

    function label(table) {
        var columns = headingsByColumn(table);
        if (columns.length === 0) {
            return;
        }
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                var heading = columns[column];
                column += cell.colSpan;
                if (cell.tagName !== 'TD' || cell.colSpan > 1 || cell.hasAttribute('data-label') || !heading) {
                    return;
                }
                var name = heading.textContent.trim();
                if (/[\p{L}\p{N}]/u.test(name)) {
                    cell.setAttribute('data-label', name);
                }
            });
        });
    }

    function reachableWhenScrolling() {
        Array.prototype.forEach.call(document.querySelectorAll('.table-scroll'), function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
            } else {
                box.removeAttribute('tabindex');
            }
        });
    }

    function update() {
        Array.prototype.forEach.call(document.querySelectorAll(TABLES), label);
        reachableWhenScrolling();
    }

    update();
    window.addEventListener('resize', reachableWhenScrolling);
    new MutationObserver(function (changes) {
        if (changes.some(function (change) { return change.addedNodes.length > 0; })) {
            update();
        }
    }).observe(document.body, {childList: true, subtree: true});
})();
