// Listed after content.js in the manifest; starts the content script.
alismartContent();
