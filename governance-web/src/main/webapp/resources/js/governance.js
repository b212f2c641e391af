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
 *
 * The chair console's ballot messages bring the open ballot's figures (MeetingPush: participation, whether the
 * quorum is reached, the totals of a named ballot, and when they were read): governanceLive.ballot writes them into
 * the live ballot's markup (ballots.xhtml, ballotFacts.xhtml) without a request, keeping only figures read after
 * those shown (data-read-at), and shows or hides the quorum mark in place. It redraws the ballots part
 * (refreshBallots) when the message has no figures (the ballot closed), is about another ballot, or the layout must
 * change (the totals appear).
 */
window.governanceLive = (function () {
    var states = {};
    var lastFigures = null;
    function state(name) {
        if (!states[name]) {
            states[name] = {running: false, again: false};
        }
        return states[name];
    }
    function inPanel(panel, suffix) {
        return panel.querySelector('[id$=":' + suffix + '"]');
    }
    /* A java.text.MessageFormat pattern of simple {n} arguments, numbers formatted as the page's language does. */
    function format(pattern, values) {
        var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
        return pattern.replace(/\{(\d+)\}/g, function (whole, index) {
            return numbers.format(values[Number(index)]);
        }).replace(/''/g, "'");
    }
    /* Writes the figures into the live ballot; false when only a redraw can show them. */
    function show(figures) {
        var panel = document.querySelector('[data-live-ballot]');
        if (!panel || Number(panel.getAttribute('data-live-ballot')) !== figures.ballot) {
            return false;
        }
        if (Number(panel.getAttribute('data-read-at')) > figures.at) {
            return true;
        }
        var mark = inPanel(panel, 'liveQuorumReached');
        var totals = Array.isArray(figures.totals);
        if (!mark || (inPanel(panel, 'liveTotals') !== null) !== totals) {
            return false;
        }
        var facts = panel.querySelector('[data-pattern]');
        var participation = inPanel(panel, 'liveParticipation');
        if (!facts || !participation) {
            return false;
        }
        participation.textContent = format(facts.getAttribute('data-pattern'), [figures.networks,
            Number(facts.getAttribute('data-electorate-networks')), figures.weight,
            Number(facts.getAttribute('data-electorate-weight'))]);
        if (totals) {
            ['liveForNetworks', 'liveForWeight', 'liveAgainstNetworks', 'liveAgainstWeight', 'liveAbstainNetworks',
                'liveAbstainWeight'].forEach(function (suffix, index) {
                var cell = inPanel(panel, suffix);
                if (cell) {
                    cell.textContent = String(figures.totals[index]);
                }
            });
        }
        mark.classList.toggle('quorum-pending', !figures.quorum);
        panel.setAttribute('data-read-at', String(figures.at));
        return true;
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
            // a redraw may have brought figures older than the last message's: those are shown again
            if (lastFigures) {
                show(lastFigures);
            }
            if (s.again) {
                s.again = false;
                this.request(name);
            }
        },
        ballot: function (message) {
            if (message !== null && typeof message === 'object') {
                lastFigures = message;
                if (show(message)) {
                    return;
                }
            }
            this.request('refreshBallots');
        }
    };
}());
