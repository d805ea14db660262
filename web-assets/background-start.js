// MV3 forbids inline scripts and TeaVM never calls main itself: this file starts the worker.
importScripts("background.js");
alismartBackground();
