#!/usr/bin/env node
// `npm start`: the main job on the embedded catalog.
const { catalog } = await import('@gmekit/programs');
console.log(catalog);
