// Test-only build of the pane demo (real pane + host on the fake Excel) into dist-test/.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const ROOT = path.resolve(__dirname, "../../..");

module.exports = {
  mode: "development",
  devtool: false,
  entry: { paneDemo: path.join(__dirname, "index.tsx"), ribbonDemo: path.join(__dirname, "ribbonDemo.ts") },
  output: { path: path.join(ROOT, "dist-test"), filename: "[name].js", clean: true },
  resolve: { extensions: [".tsx", ".ts", ".mjs", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: path.join(__dirname, "pane-demo.html"),
      filename: "pane-demo.html",
      chunks: ["paneDemo"],
    }),
    new HtmlWebpackPlugin({
      template: path.join(__dirname, "ribbon-demo.html"),
      filename: "ribbon-demo.html",
      chunks: ["ribbonDemo"],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: path.join(ROOT, "assets/example/绩效自评表示例.xlsx"), to: "example.xlsx" },
        { from: path.join(__dirname, "ribbon-frame.html"), to: "ribbon-frame.html" },
      ],
    }),
  ],
};
