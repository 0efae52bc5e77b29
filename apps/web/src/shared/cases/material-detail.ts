import type { CaseMaterial } from '@yici/contracts';
import { messages } from '../../messages';

const text = messages.cases.materials;

/** One line on what stands in for the material: the file, the certificate, the registry value … */
export function describeMaterial(material: CaseMaterial): string | null {
  if (material.file) return text.file(material.file.fileName);
  if (material.certificateIdentifier) return text.certificate(material.certificateIdentifier);
  if (material.registryValue) return text.registry(material.registryValue.source, material.registryValue.asOf);
  if (material.supplyBy) return text.supplyBy(material.supplyBy);
  if (material.promiseText) return text.promise;
  return null;
}
