// newsgraph relations --spert <file.json> [--out FILE] [--gold-entities] [--model FILE] [--ner-model FILE] [--article-pipeline [--with-model]]
// Reads CoNLL04 sentences in SpERT JSON and writes them back with predicted
// entities and relations.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { articlePipelineSpert } from '../re/article-pipeline.js';
import { extractSpert } from '../re/extract.js';
import { loadRecogniser } from '../io/recogniser.js';
import { loadEntityModelFile, loadRelationModelFile } from '../re/load-file.js';
import { readSpertFile } from '../re/read-spert-file.js';
import { serialiseSpert } from '../re/spert.js';
import type { Command } from './io.js';

const USAGE = `usage: newsgraph relations --spert <file.json> [--out FILE] [--gold-entities] [--model FILE] [--ner-model FILE] [--article-pipeline [--with-model]]

Reads a JSON list of sentences in SpERT form ({tokens, entities, relations})
and writes the same list, same tokens, with predicted "entities"
({type: Peop|Org|Loc|Other, start, end}, end exclusive) and "relations"
({type: Work_For|Live_In|Located_In|OrgBased_In|Kill, head, tail}, indexes
into the sentence's entities).

options:
  --spert FILE      input (required)
  --out FILE        output file (default: standard output)
  --gold-entities   keep the input's entities; predict relations only
  --model FILE      relation model (default: models/re/model.json)
  --ner-model FILE  entity model (default: models/re/ner.json, trained on CoNLL04;
                    models/ner/model.json is the CoNLL-2003 one)
  --article-pipeline  read each sentence as an article with the extractor that
                    builds graphs (the CoNLL-2003 recogniser, the rules and the
                    relation patterns) instead of the CoNLL04 models
  --with-model      with --article-pipeline: also the CoNLL04 relation model's
                    relations (model:re), which graphs leave out by default
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spert: { type: 'string' },
      out: { type: 'string' },
      'gold-entities': { type: 'boolean', default: false },
      model: { type: 'string' },
      'ner-model': { type: 'string' },
      'article-pipeline': { type: 'boolean', default: false },
      'with-model': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${USAGE}`);
  if (!values.spert) throw new UsageError(`--spert <file.json> is required\n\n${USAGE}`);
  const goldEntities = values['gold-entities'] === true;
  if (values['with-model'] && !values['article-pipeline']) throw new UsageError(`--with-model goes with --article-pipeline\n\n${USAGE}`);
  if (values['article-pipeline']) {
    if (goldEntities || values['ner-model']) throw new UsageError(`--article-pipeline finds its own entities with its own recogniser\n\n${USAGE}`);
    const relationModel = values['with-model'] ? loadRelationModelFile(values.model ? resolve(io.cwd, values.model) : undefined) : null;
    const text = serialiseSpert(articlePipelineSpert(readSpertFile(resolve(io.cwd, values.spert)), loadRecogniser(), relationModel));
    if (values.out) writeFileAtomic(resolve(io.cwd, values.out), text);
    else io.stdout(text);
    return 0;
  }
  const relationModel = loadRelationModelFile(values.model ? resolve(io.cwd, values.model) : undefined);
  const entityModel = goldEntities ? undefined : loadEntityModelFile(values['ner-model'] ? resolve(io.cwd, values['ner-model']) : undefined);
  const sentences = readSpertFile(resolve(io.cwd, values.spert));
  const text = serialiseSpert(extractSpert(sentences, { relationModel, goldEntities, ...(entityModel ? { entityModel } : {}) }));
  if (values.out) writeFileAtomic(resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return 0;
};
