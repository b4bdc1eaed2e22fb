// A local lint rule: a file under renderer/src/features/<name>/ may not import from another
// feature folder. What two features share belongs in renderer/src/ui/ (components, hooks, text
// formatting) or renderer/src/core/ (logic), so every feature can be read, moved or removed alone.
import path from 'node:path';

const FEATURE = /renderer[\\/]src[\\/]features[\\/]([^\\/]+)/;

/** @type {import('eslint').Rule.RuleModule} */
const noCrossFeatureImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid one feature folder importing another.' },
    messages: {
      cross: 'features/{{from}} may not import from features/{{to}}: move what both use to ui/ (components, hooks) or core/ (logic).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = FEATURE.exec(file)?.[1];
    if (!own) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = FEATURE.exec(path.resolve(path.dirname(file), source))?.[1];
      if (target && target !== own) context.report({ node, messageId: 'cross', data: { from: own, to: target } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-cross-feature-import': noCrossFeatureImport } };
