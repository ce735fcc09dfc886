/* global window, document, fetch */
/* "Bot ausprobieren": sends commands and button presses to the server, renders the Adaptive Cards. */
(function () {
  'use strict';
  const AC = window.AdaptiveCards;
  const transcript = document.getElementById('transcript');
  const persona = document.getElementById('persona');
  const where = document.getElementById('where');
  const locale = document.getElementById('locale');
  const command = document.getElementById('command');

  // The bot's only markup is **bold**; everything else is shown as text.
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>');
    result.didProcess = true;
  };

  function add(className, node) {
    const wrapper = document.createElement('div');
    wrapper.className = className;
    if (typeof node === 'string') wrapper.textContent = node;
    else wrapper.appendChild(node);
    transcript.appendChild(wrapper);
    wrapper.scrollIntoView({ block: 'end' });
    return wrapper;
  }

  function renderCard(json, container) {
    const card = new AC.AdaptiveCard();
    card.parse(json);
    card.onExecuteAction = function (action) {
      if (action instanceof AC.ExecuteAction) {
        press({ verb: action.verb, data: action.data || {} }, container);
      } else if (action instanceof AC.SubmitAction) {
        // Only clients without Universal Actions use the fallback; translate it back.
        const data = action.data || {};
        if (data._form) press({ verb: 'gremienbot.form.submit', data: data }, container);
        else if (data._action) press({ verb: data._action, data: data._value || {} }, container);
      } else if (action instanceof AC.OpenUrlAction) {
        window.open(action.url, '_blank', 'noopener');
      }
    };
    const element = card.render();
    container.replaceChildren(element);
    return container;
  }

  function show(reply, pressedCard) {
    const response = reply.invokeResponse;
    if (response && response.type === 'application/vnd.microsoft.card.adaptive' && pressedCard) {
      renderCard(response.value, pressedCard);
    } else if (response && typeof response.value === 'string') {
      add('turn-note', response.value);
    }
    for (const message of reply.messages) {
      if (message.text) add('turn-bot', message.text);
      for (const card of message.cards) renderCard(card, add('turn-bot', document.createElement('div')));
    }
  }

  async function send(body, pressedCard) {
    try {
      const response = await fetch('/bot-ausprobieren/nachricht', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          Object.assign({ personaId: persona.value, where: where.value, locale: locale.value }, body),
        ),
      });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      show(await response.json(), pressedCard);
    } catch (error) {
      add('turn-error', 'Fehler / Error: ' + error.message);
    }
  }

  function press(action, pressedCard) {
    send({ action: action }, pressedCard);
  }

  function say(text) {
    add('turn-user', text);
    send({ text: text });
  }

  document.getElementById('composer').addEventListener('submit', function (event) {
    event.preventDefault();
    const text = command.value.trim();
    if (!text) return;
    command.value = '';
    say(text);
  });
  document.querySelectorAll('[data-command]').forEach(function (button) {
    button.addEventListener('click', function () {
      say(button.dataset.command);
    });
  });

  fetch('/bot-ausprobieren/personen')
    .then(function (response) {
      return response.json();
    })
    .then(function (body) {
      for (const entry of body.personas) {
        const option = document.createElement('option');
        option.value = entry.id;
        option.textContent = entry.note ? entry.name + ' (' + entry.note + ')' : entry.name;
        persona.appendChild(option);
      }
    })
    .catch(function (error) {
      add('turn-error', 'Personen nicht geladen / Personas not loaded: ' + error.message);
    });
})();
