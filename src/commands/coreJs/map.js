// Map for the ribbon's ES5 bundle, without groupBy and getOrInsert (webpack.config.js, CORE_JS_NARROWED).
"use strict";
require("core-js-pure/modules/es.array.iterator");
require("core-js-pure/modules/es.map");
require("core-js-pure/modules/es.object.to-string");
require("core-js-pure/modules/es.string.iterator");
require("core-js-pure/modules/web.dom-collections.iterator");

module.exports = require("core-js-pure/internals/path").Map;
