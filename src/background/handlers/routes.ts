import type { BackgroundApi } from '../../messaging/protocol';
import type { RouteTable } from '../../messaging/router';
import {
  createAnnotationRoute,
  deleteAnnotationRoute,
  getStorageStatusRoute,
  listAnnotationsRoute,
  listPageAnnotationsRoute,
  pageOpenedRoute,
  restoreAnnotationRoute,
  updateAnnotationRoute,
} from './annotation-handlers';
import type { HandlerContext } from './context';
import { analyzeTextRoute, deleteAllRoute, exportAllRoute, getSettingsRoute, importAllRoute, updateSettingsRoute } from './data-handlers';
import { loadInPageUiRoute } from './in-page-ui';
import { noteFrameRoutes } from './note-frame';

/** Every background method with its sender policy, input guard and handler. */
export function backgroundRoutes(context: HandlerContext, persisted: () => Promise<boolean>): RouteTable<BackgroundApi> {
  const { openNoteFrame, claimNoteFrame } = noteFrameRoutes(context);
  return {
    analyzeText: analyzeTextRoute(context),
    pageOpened: pageOpenedRoute(context),
    createAnnotation: createAnnotationRoute(context),
    updateAnnotation: updateAnnotationRoute(context),
    deleteAnnotation: deleteAnnotationRoute(context),
    restoreAnnotation: restoreAnnotationRoute(context),
    listPageAnnotations: listPageAnnotationsRoute(context),
    listAnnotations: listAnnotationsRoute(context),
    getSettings: getSettingsRoute(context),
    updateSettings: updateSettingsRoute(context),
    exportAll: exportAllRoute(context),
    importAll: importAllRoute(context),
    deleteAll: deleteAllRoute(context),
    getStorageStatus: getStorageStatusRoute(context, persisted),
    loadInPageUi: loadInPageUiRoute(context),
    openNoteFrame,
    claimNoteFrame,
  };
}
