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

/*
 * Live parts of a page (a push message asks for a redraw) refresh one request at a time, and at most once more
 * for all the messages that arrive meanwhile: during a vote a console receives a message per vote, and
 * replaying each one would queue thousands of identical redraws behind the first, each one further behind the
 * votes. The refresh that follows the one under way reads everything committed before it starts, so no change is
 * missed. A remote command refreshed this way calls governanceLive.done('itsName') in its oncomplete.
 */
window.governanceLive = (function () {
    var states = {};
    function state(name) {
        if (!states[name]) {
            states[name] = {running: false, again: false};
        }
        return states[name];
    }
    return {
        request: function (name) {
            var s = state(name);
            if (s.running) {
                s.again = true;
                return;
            }
            s.running = true;
            window[name]();
        },
        done: function (name) {
            var s = state(name);
            s.running = false;
            if (s.again) {
                s.again = false;
                this.request(name);
            }
        }
    };
}());
