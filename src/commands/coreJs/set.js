// Set for the ribbon's ES5 bundle, without the ES2025 set methods (webpack.config.js, CORE_JS_NARROWED).
"use strict";
require("core-js-pure/modules/es.array.iterator");
require("core-js-pure/modules/es.set");
require("core-js-pure/modules/es.object.to-string");
require("core-js-pure/modules/es.string.iterator");
require("core-js-pure/modules/web.dom-collections.iterator");

module.exports = require("core-js-pure/internals/path").Set;
