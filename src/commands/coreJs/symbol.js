// Symbol for the ribbon's ES5 bundle: the well-known symbols Babel's helpers use (webpack.config.js, CORE_JS_NARROWED).
"use strict";
require("core-js-pure/modules/es.symbol");
require("core-js-pure/modules/es.symbol.description");
require("core-js-pure/modules/es.symbol.async-iterator");
require("core-js-pure/modules/es.symbol.has-instance");
require("core-js-pure/modules/es.symbol.iterator");
require("core-js-pure/modules/es.symbol.species");
require("core-js-pure/modules/es.symbol.to-primitive");
require("core-js-pure/modules/es.symbol.to-string-tag");
require("core-js-pure/modules/es.object.to-string");
require("core-js-pure/modules/web.dom-collections.iterator");

module.exports = require("core-js-pure/internals/path").Symbol;
