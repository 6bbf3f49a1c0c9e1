// WeakMap for the ribbon's ES5 bundle, without getOrInsert (webpack.config.js, CORE_JS_NARROWED).
"use strict";
require("core-js-pure/modules/es.array.iterator");
require("core-js-pure/modules/es.weak-map");
require("core-js-pure/modules/es.object.to-string");

module.exports = require("core-js-pure/internals/path").WeakMap;
