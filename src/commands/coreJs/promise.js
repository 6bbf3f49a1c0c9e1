// Promise for the ribbon's ES5 bundle, without allSettled, any, try … (webpack.config.js, CORE_JS_NARROWED).
"use strict";
require("core-js-pure/modules/es.array.iterator");
require("core-js-pure/modules/es.promise");
require("core-js-pure/modules/es.promise.finally");
require("core-js-pure/modules/es.object.to-string");
require("core-js-pure/modules/es.string.iterator");
require("core-js-pure/modules/web.dom-collections.iterator");

module.exports = require("core-js-pure/internals/path").Promise;
