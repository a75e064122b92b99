/* The menu button of a phone's screen: opens and closes the menu (the menu shows whole on a wider screen). */
(function () {
    'use strict';

    function boot() {
        var toggle = document.getElementById('menuToggle');
        if (!toggle || toggle.dataset.sapoBound) {
            return;
        }
        toggle.dataset.sapoBound = 'true';
        toggle.addEventListener('click', function () {
            var open = document.body.classList.toggle('sapo-menu-open');
            toggle.setAttribute('aria-expanded', String(open));
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', boot);
    } else {
        boot();
    }
}());
