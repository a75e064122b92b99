// Builds elements from data without ever parsing HTML: every text goes in as a text node.

/** h('p', {class: 'x', onclick: fn}, 'text', child) → element. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : String(child));
    }
  }
}

/** A message box: kind is 'info', 'ok', 'warn' or 'error'; errors are announced at once to screen readers. */
export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** A labelled form field: the label, the input and an optional hint, tied together for screen readers. */
export function field(id, label, input, hint) {
  input.id = id;
  if (hint) {
    input.setAttribute('aria-describedby', `${id}-hint`);
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    input,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

/** Disables a form's controls while it is being sent, and enables them again. */
export function busy(form, on) {
  for (const control of form.querySelectorAll('button, input, select, textarea')) {
    control.disabled = on;
  }
  form.setAttribute('aria-busy', String(on));
}
