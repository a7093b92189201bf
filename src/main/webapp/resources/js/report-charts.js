/*
 * A report's charts open what they count: a click on a bar (or a point) follows the link of the same row in the
 * table beside the chart, which holds the same figures for screen readers and for copying. PrimeFaces calls this
 * extender before it draws the chart (p:chart extender="tremplinReportChart"). A row that opens nothing holds a
 * span of the same class in place of its link, so that rows and bars stay in step.
 */
window.tremplinReportChart = function () {
    var links = this.jq.closest('.report-block').find('.chart-link');
    var options = this.cfg.config.options = this.cfg.config.options || {};
    options.onClick = function (event, elements) {
        if (elements.length && links[elements[0].index] && links[elements[0].index].href) {
            window.location.assign(links[elements[0].index].href);
        }
    };
    options.onHover = function (event, elements) {
        event.native.target.style.cursor = elements.length && links[elements[0].index]
            && links[elements[0].index].href ? 'pointer' : 'default';
    };
};
