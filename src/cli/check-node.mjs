// Stops `npm start` early with a clear message on a Node.js that Astro cannot run on.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Krachtwijzer needs Node.js 22.12 or newer; this is ${process.version}.`);
  console.error('Run it through npm (npm start), which uses the Node.js that `npm ci` installed in node_modules.');
  process.exit(1);
}
