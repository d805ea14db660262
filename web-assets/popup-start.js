// Loaded after popup.js by popup.html; starts the popup.
alismartPopup();
