// The dashboard page: reads Telegram's launch parameters from the address, then fetches each
// view from the server (HTML rendered there, every client text escaped) with the init data in
// the Authorization header. No other site is contacted; nothing is evaluated from responses.
(() => {
  "use strict";
  const STORE = "vp-dashboard";
  const app = document.getElementById("app");
  const launch = new URLSearchParams(location.hash.slice(1));
  const saved = JSON.parse(sessionStorage.getItem(STORE) || "{}");
  const tg = window.Telegram && window.Telegram.WebApp;
  const initData = launch.get("tgWebAppData") || (tg && tg.initData) || saved.initData || "";
  let theme = saved.theme || null;
  try {
    theme = JSON.parse(launch.get("tgWebAppThemeParams") || "null") || (tg && tg.themeParams) || theme;
  } catch (error) {
    theme = null;
  }
  sessionStorage.setItem(STORE, JSON.stringify({ initData, theme }));
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);

  // Telegram's colours as CSS variables (a desktop browser keeps the stylesheet's defaults).
  const COLOURS = ["bg_color", "text_color", "hint_color", "link_color", "button_color",
    "button_text_color", "secondary_bg_color"];
  for (const name of COLOURS) {
    const value = theme && theme[name];
    if (typeof value === "string" && /^#[0-9a-fA-F]{3,8}$/.test(value)) {
      document.documentElement.style.setProperty("--tg-" + name.replace(/_/g, "-"), value);
    }
  }

  function api(path, options = {}) {
    const headers = Object.assign({}, options.headers, { Authorization: "tma " + initData });
    return fetch(path, Object.assign({}, options, { headers }));
  }

  function failure(status) {
    const text = app.getAttribute("data-error-" + status) || app.getAttribute("data-error-other");
    const box = document.createElement("p");
    box.className = "error";
    box.textContent = text;
    app.replaceChildren(box);
  }

  function endpoint(params) {
    const view = params.get("view") || "clients";
    const id = params.get("id") || "";
    if (view === "client" && /^\d+$/.test(id)) return "api/clients/" + id;
    if (view === "charts") return "api/charts";
    if (view === "admin") return "api/admin";
    const query = new URLSearchParams(params);
    query.delete("view");
    return "api/clients?" + query.toString();
  }

  async function show() {
    const params = new URLSearchParams(location.search);
    const response = await api(endpoint(params));
    if (!response.ok) return failure(response.status);
    app.innerHTML = await response.text();
    document.body.dataset.view = params.get("view") || "clients";
    if (tg && tg.BackButton) {
      if (params.get("view") === "client") tg.BackButton.show(); else tg.BackButton.hide();
    }
    for (const image of app.querySelectorAll("img[data-src]")) loadImage(image);
  }

  function go(search) {
    history.pushState(null, "", search || "?");
    show();
  }

  async function loadImage(image) {
    const response = await api(image.dataset.src);
    if (response.ok) image.src = URL.createObjectURL(await response.blob());
  }

  async function download(button) {
    button.disabled = true;
    try {
      const response = await api(button.dataset.download);
      if (!response.ok) return failure(response.status);
      const disposition = response.headers.get("Content-Disposition") || "";
      const match = /filename="([^"]+)"/.exec(disposition);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = match ? match[1] : "export";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } finally {
      button.disabled = false;
    }
  }

  async function search(form) {
    const query = new URLSearchParams(new FormData(form)).toString();
    const response = await api(form.dataset.search + "?" + query);
    if (!response.ok) return failure(response.status);
    document.getElementById("transcript").innerHTML = await response.text();
  }

  async function post(form) {
    const status = form.querySelector("[data-status]");
    const text = form.elements.namedItem("text").value;
    const response = await api(form.dataset.post, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    if (response.status === 401 || response.status === 403) return failure(response.status);
    const answer = await response.json();
    status.textContent = answer.message || "";
    if (answer.ok) form.reset();
  }

  app.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-nav]");
    if (link) {
      event.preventDefault();
      go(link.getAttribute("href"));
      return;
    }
    const button = event.target.closest("button[data-download]");
    if (button) download(button);
  });
  app.addEventListener("submit", (event) => {
    const form = event.target;
    event.preventDefault();
    if (form.matches("[data-nav]")) {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (value !== "") params.append(key, value);
      go("?" + params.toString());
    } else if (form.matches("[data-search]")) {
      search(form);
    } else if (form.matches("[data-post]")) {
      post(form);
    }
  });
  app.addEventListener("change", (event) => {
    if (event.target.matches("[data-autosubmit]")) event.target.form.requestSubmit();
  });
  window.addEventListener("popstate", show);
  if (tg && tg.BackButton) tg.BackButton.onClick(() => history.back());
  if (tg && tg.ready) tg.ready();
  show();
})();
