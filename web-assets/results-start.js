// Loaded after results.js by results.html; starts the Image Search results page.
alismartResults();
