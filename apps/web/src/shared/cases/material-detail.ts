import type { CaseMaterial } from '@yici/contracts';
import { messages } from '../../messages';

const text = messages.cases.materials;

/** The certificate type's name, or null for a type the labels do not know (never its code). */
export function certificateName(type: string | null): string | null {
  const names: Record<string, string> = messages.labels.certificateType;
  return (type && names[type]) || null;
}

/** One line on what stands in for the material: the file, the certificate, the registry value … */
export function describeMaterial(material: CaseMaterial): string | null {
  if (material.file) return text.file(material.file.fileName);
  // The certificate by its name (营业执照); its identifier is for copying, not for reading.
  if (material.certificateIdentifier) {
    const name = certificateName(material.certificateType);
    return name ? text.certificate(name) : text.certificateUnnamed;
  }
  if (material.registryValue) return text.registry(material.registryValue.source, material.registryValue.asOf);
  if (material.supplyBy) return text.supplyBy(material.supplyBy);
  if (material.promiseText) return text.promise;
  return null;
}
