// LinkedInRsc emulator: a stand-in for LinkedIn's widget loader (platform.linkedin.com/xdoor/scripts/in.js).
// It reads the settings LinkedIn's loader reads (api_key in the script body, the IN/* script tags' data-* attributes),
// asks the emulator what to show, and calls the page's callback functions as LinkedIn's widgets do. It renders plain
// HTML: it is for clicking through an integration against the emulator, not a copy of LinkedIn's look.
(function () {
  'use strict';
  var me = document.currentScript;
  var origin = new URL(me.src).origin;
  var settings = {};
  (me.textContent || '').split('\n').forEach(function (line) {
    var colon = line.indexOf(':');
    if (colon > 0) { settings[line.slice(0, colon).trim()] = line.slice(colon + 1).trim(); }
  });
  var apiKey = settings.api_key;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function callback(name) {
    var target = window;
    name.split('.').forEach(function (part) { target = target == null ? undefined : target[part]; });
    if (typeof target !== 'function') { throw new Error('LinkedIn widget: the page has no function ' + name); }
    return target;
  }

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) };
    return fetch(origin + '/_emulator/widgetLoader/' + path, init).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) { throw new Error(json.message || ('HTTP ' + r.status)); }
        return json;
      });
    });
  }

  function frame(tag, kind, title) {
    var box = el('div', { 'class': 'li-widget li-' + kind, 'data-li-widget': kind,
      style: 'border:1px solid #0a66c2;border-radius:8px;padding:12px;font-family:sans-serif;max-width:' + (tag.getAttribute('data-width') || '500') + 'px' });
    box.appendChild(el('div', { style: 'color:#0a66c2;font-weight:bold;margin-bottom:8px', text: 'in ' + title }));
    tag.parentNode.insertBefore(box, tag.nextSibling);
    return box;
  }

  function fail(box, error) {
    box.appendChild(el('p', { 'class': 'li-error', style: 'color:#b00', text: 'LinkedIn widget error: ' + error.message }));
  }

  function onboarding(tag) {
    var box = frame(tag, 'onboarding', 'Recruiter System Connect (emulator)');
    var offered = (tag.getAttribute('data-supported-bundled-integration-types') || '').split(',');
    api('onboarding?apiKey=' + encodeURIComponent(apiKey)).then(function (info) {
      box.appendChild(el('p', { text: 'Connect ' + info.applicationName + ' to LinkedIn Recruiter.' }));
      var labels = { RECRUITER_SYSTEM_CONNECT_COMPANY: 'Company level: In-ATS indicator, 1-click export, profile widget',
        RECRUITER_SYSTEM_CONNECT_CONTRACT: 'Contract level: InMail and notes history, stub profiles' };
      offered.forEach(function (bundle) {
        if (!labels[bundle]) { return; }
        box.appendChild(el('label', { style: 'display:block' }, [
          el('input', { type: 'checkbox', name: 'li-bundle', value: bundle, checked: 'checked' }), document.createTextNode(' ' + labels[bundle])]));
      });
      box.appendChild(el('p', { text: 'Select the contract that you would like to connect:' }));
      info.contracts.forEach(function (contract, i) {
        var radio = el('input', { type: 'radio', name: 'li-contract', value: contract });
        if (i === 0) { radio.checked = true; }
        box.appendChild(el('label', { style: 'display:block' }, [radio, document.createTextNode(' ' + contract)]));
      });
      var button = el('button', { type: 'button', 'data-li-action': 'integrate', text: 'Integrate' });
      button.addEventListener('click', function () {
        button.disabled = true;
        var bundles = Array.prototype.map.call(box.querySelectorAll('input[name=li-bundle]:checked'), function (b) { return b.value; });
        var chosen = box.querySelector('input[name=li-contract]:checked');
        api('onboarding', { apiKey: apiKey, bundles: bundles, contract: chosen ? chosen.value : null }).then(function (integrations) {
          box.appendChild(el('p', { 'class': 'li-done', text: 'Requested: ' + integrations.map(function (i) { return i.integrationType; }).join(', ') }));
          callback(tag.getAttribute('data-onintegrate'))(integrations);
        }).catch(function (e) { button.disabled = false; fail(box, e); });
      });
      box.appendChild(button);
    }).catch(function (e) { fail(box, e); });
  }

  function profile(tag) {
    var box = frame(tag, 'profile', 'LinkedIn profile (emulator)');
    var candidate = tag.getAttribute('data-ats-candidate-id');
    function send(fnAttribute, action, member) {
      callback(tag.getAttribute(fnAttribute))({ action: action, member: member, atsCandidateId: candidate });
    }
    function card(m) {
      var name = [m.firstName, m.lastName].filter(Boolean).join(' ') || m.member;
      return el('div', { 'class': 'li-member', 'data-li-member': m.member, style: 'margin:6px 0' }, [
        el('strong', { text: name }), document.createTextNode(m.headline ? ' — ' + m.headline : ''),
        el('div', { style: 'font-size:small;color:#555', text: m.member + (m.matchType ? ' · ' + m.matchType : '') })]);
    }
    api('profile?apiKey=' + encodeURIComponent(apiKey) + '&candidate=' + encodeURIComponent(candidate)).then(function (info) {
      if (!info.synced) {
        box.appendChild(el('p', { 'class': 'li-not-synced', text: 'LinkedIn does not know this candidate yet (not synced).' }));
      } else if (info.linked) {
        box.appendChild(card(info.linked));
        if (tag.getAttribute('data-show-unlink-url') !== 'false') {
          var unlink = el('button', { type: 'button', 'data-li-action': 'unlink', text: 'Unlink' });
          unlink.addEventListener('click', function () {
            if (tag.getAttribute('data-confirm-unlink') === 'true' && !window.confirm('Unlink this LinkedIn profile from the candidate?')) { return; }
            send('data-onunlink', 'unlink', info.linked.member);
          });
          box.appendChild(unlink);
        }
      } else if (info.matches.length === 0) {
        box.appendChild(el('p', { 'class': 'li-no-match', text: 'No LinkedIn member matches this candidate.' }));
      } else {
        box.appendChild(el('p', { text: 'Is this your candidate?' }));
        info.matches.forEach(function (m) {
          var link = el('button', { type: 'button', 'data-li-action': 'link', 'data-li-member': m.member, text: 'Link' });
          link.addEventListener('click', function () { send('data-onlink', 'link', m.member); });
          var row = card(m);
          row.appendChild(link);
          box.appendChild(row);
        });
      }
    }).catch(function (e) { fail(box, e); });
  }

  function start() {
    document.querySelectorAll('script[type="IN/ATSIntegrationWidget"]').forEach(onboarding);
    document.querySelectorAll('script[type="IN/HcmWidget"]').forEach(profile);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
