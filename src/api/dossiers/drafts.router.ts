import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import { draftDossier } from '../../draft/draft-dossier';
import { importBrat } from '../../draft/formats/brat';
import { OFFSET_UNITS } from '../../draft/formats/offset-units';
import { importWebAnnotation } from '../../draft/formats/web-annotation-import';
import type { GazetteerCache } from '../../draft/gazetteer-cache';
import { DRAFT_LANGS, type DraftLang } from '../../draft/lexicon';
import { DOSSIER_ID_PATTERN } from '../../ingest/dossier.schema';
import { dossierYaml } from '../../ingest/dossier-yaml';
import type { Logger } from '../../logger';
import { ID_PATTERN, LANG_PATTERN } from '../../model/vocabulary';
import { jsonBody, parsedBody } from '../http/json-body';
import { failed } from './failed';

/** What an article's text cannot say: when it was published, and how the dossier names it. */
const article = {
  text: z.string().min(1),
  publishedOn: z.iso.date({ error: 'publishedOn is a date, YYYY-MM-DD' }),
  title: z.string().trim().min(1).max(500).optional(),
  dossier: z.string().regex(DOSSIER_ID_PATTERN).max(200).optional(),
  sourceId: z.string().regex(ID_PATTERN).optional(),
  file: z.string().min(1).max(1000).optional(),
};

/** The body of `POST /api/dossiers/draft`. */
const DraftBody = z.strictObject({
  ...article,
  language: z.enum(DRAFT_LANGS as [DraftLang, ...DraftLang[]], {
    error: `language is one of ${DRAFT_LANGS.join(', ')}`,
  }),
});

/** The body of `POST /api/dossiers/import`: another tool's annotations of the article. */
const ImportBody = z.strictObject({
  ...article,
  language: z.string().regex(LANG_PATTERN, 'language is an ISO 639 code'),
  format: z.enum(['brat', 'w3c'], { error: 'format is brat or w3c' }),
  annotations: z.string().min(1),
  unit: z.enum(OFFSET_UNITS as ['code-points', 'utf16']).optional(),
});

/**
 * Drafts, for the curation page and scripts; both write nothing, so they are open to readers.
 * `POST /api/dossiers/draft` drafts a dossier from an article against the graph's names.
 * `POST /api/dossiers/import` reads brat standoff or W3C Web Annotation of an article as a
 * draft dossier; one wrong offset refuses the whole file with 422 INVALID_DOSSIER, at its
 * annotation's id. Both answer `{ dossier, yaml }`.
 */
export function draftsRouter(config: Config, logger: Logger, gazetteers: GazetteerCache): Router {
  const body = jsonBody(config.maxDossierBytes);
  const router = Router();
  // The source's file as the page names it, or one named for the dossier.
  const fileOf = (sent: { dossier?: string; file?: string }) =>
    sent.file ?? `sources/${sent.dossier ?? 'article'}.txt`;

  router.post('/api/dossiers/draft', body, async (req, res) => {
    try {
      const sent = parsedBody(DraftBody, req.body, 'an article to draft');
      const draft = draftDossier(
        { ...sent, file: fileOf(sent), lang: sent.language, dossierId: sent.dossier },
        await gazetteers.get(),
      );
      res.json({ dossier: draft, yaml: dossierYaml(draft) });
    } catch (error) {
      failed(res, error, logger);
    }
  });

  router.post('/api/dossiers/import', body, async (req, res) => {
    try {
      const sent = parsedBody(ImportBody, req.body, 'annotations of an article');
      const gazetteer = await gazetteers.get();
      const known = (id: string) => gazetteer.entity(id);
      const source = {
        ...sent,
        file: fileOf(sent),
        lang: sent.language,
        dossierId: sent.dossier ?? 'draft',
      };
      let dossier;
      if (sent.format === 'brat')
        dossier = importBrat(sent.annotations, source, known, 'annotations');
      else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(sent.annotations);
        } catch {
          throw new AppError(ErrorCode.BAD_REQUEST, 'The W3C annotations are not JSON.');
        }
        dossier = importWebAnnotation(parsed, {
          source,
          unit: sent.unit,
          known,
          file: 'annotations',
        });
      }
      res.json({ dossier, yaml: dossierYaml(dossier) });
    } catch (error) {
      failed(res, error, logger);
    }
  });
  return router;
}
