/*
 * Keyboard users keep their place across ajax updates (WCAG 2.4.3, focus order): an update that redraws the element
 * that had the focus (a vote button, a check-in button in a table) would otherwise drop the focus to the top of the
 * document. Before each PrimeFaces request the id of the focused element is noted; when the response has been applied
 * and the focus was lost with the element, it goes to the element of that id in the new markup, if there is one.
 */
(function () {
    var focusedId = null;
    $(document).on('pfAjaxSend', function () {
        var active = document.activeElement;
        focusedId = active && active !== document.body && active.id ? active.id : null;
    });
    $(document).on('pfAjaxComplete', function () {
        var id = focusedId;
        focusedId = null;
        if (!id) {
            return;
        }
        var active = document.activeElement;
        if (active && active !== document.body && document.contains(active)) {
            return;
        }
        var again = document.getElementById(id);
        if (again && again.offsetParent !== null && !again.disabled) {
            again.focus();
        }
    });
}());
